/**
 * Build of the add-in, after Microsoft's Excel-Custom-Functions-Shared template: one page
 * (taskpane.html) hosts both the task pane and the custom functions (shared runtime).
 *
 *   npm run build      production bundle in dist/, manifest rebased on ADDIN_PROD_URL
 *   npm run build:dev  development bundle in dist/, manifest left on https://localhost:3000/
 *   npm start          dev server on https://localhost:3000/ (nothing written to disk)
 *
 * Environment: ADDIN_PROD_URL — base URL where dist/ is hosted in production; required by the
 * production build (no placeholder default: see scripts/manifest-transform.js).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { isReservedHost, productionBaseUrl, transformManifest } = require("./scripts/manifest-transform");
const { validateManifest } = require("./scripts/validate-manifest");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

const DEV_SERVER_PORT = 3000;

/**
 * Our makeStyles() calls compiled at build time into the atomic CSS Fluent UI's own components
 * already ship precompiled (Griffel "ahead of time", https://griffel.js.org/react/ahead-of-time-compilation/introduction):
 * the page then carries no CSS compiler (stylis, rtl-css-js, Griffel's resolver), about 7.5 KB gzip
 * less (bench/bundle.bench.ts). Runs on ts-loader's JavaScript output. Exported for the browser
 * harness, which builds the pane with the same styles.
 */
const GRIFFEL_AOT_LOADER = { loader: "@griffel/webpack-loader" };

/**
 * Packages that must never end up in a bundle: HyperFormula is GPL-3.0 and only checks our
 * formulas in tests; office.js must be loaded from Microsoft's CDN (Office Store rule); Preact
 * must not come back as a stand-in for react-dom: Fluent UI v9 supports React only
 * (https://github.com/microsoft/fluentui/issues/10974), and compat turned <StrictMode> into a Fragment.
 */
const FORBIDDEN_IN_BUNDLE = [
  { pattern: /[\\/]node_modules[\\/]hyperformula[\\/]/, why: "HyperFormula est sous licence GPL : réservé aux tests" },
  { pattern: /[\\/]node_modules[\\/]@microsoft[\\/]office-js[\\/]/, why: "office.js se charge depuis le CDN de Microsoft" },
  { pattern: /[\\/]node_modules[\\/]preact[\\/]/, why: "le volet tourne sur React (react-dom), que Fluent UI v9 prend en charge, pas sur Preact" },
];

class ForbiddenModulesPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("ForbiddenModulesPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("ForbiddenModulesPlugin", (modules) => {
        const resources = [...modules].map((m) => m.resource || "");
        for (const rule of FORBIDDEN_IN_BUNDLE) {
          const found = resources.filter((r) => rule.pattern.test(r));
          if (found.length) {
            const message = `${found[0]} (et ${found.length - 1} autre(s) module(s)) ne doit pas être empaqueté : ${rule.why}.`;
            compilation.errors.push(new compiler.webpack.WebpackError(message));
          }
        }
      });
    });
  }
}

/**
 * custom-functions-metadata-plugin also appends `CustomFunctions.associate(id, fn)` for every
 * JSDoc'd function to functions.ts. Our functions.ts registers each id itself (possibly with a
 * wrapper), and a second, later associate() would log [DuplicatedName] and silently replace that
 * registration by the bare function. So we keep the plugin's functions.json and drop its loader.
 */
const METADATA_PLUGIN_LOADER = path.join(path.dirname(require.resolve("custom-functions-metadata-plugin")), "loader.js");
class ExplicitAssociationsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("ExplicitAssociationsPlugin", (compilation) => {
      compiler.webpack.NormalModule.getCompilationHooks(compilation).beforeLoaders.tap("ExplicitAssociationsPlugin", (loaders) => {
        for (let i = loaders.length - 1; i >= 0; i--) {
          if (path.resolve(loaders[i].loader) === METADATA_PLUGIN_LOADER) loaders.splice(i, 1);
        }
      });
    });
  }
}

/** Certificates made by `npx office-addin-dev-certs install` when present, else a self-signed one. */
function httpsServer() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return "https";
  const options = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  return { type: "https", options };
}

/**
 * The production manifest, rebased and checked: a manifest still pointing at localhost fails the
 * build. A reserved test host (npm test's build) is built, with a warning, and refused by
 * `npm run validate -- --prod`, so it is never distributed.
 */
function productionManifest(content) {
  const xml = transformManifest(content.toString(), productionBaseUrl());
  const errors = validateManifest(xml, { production: true, allowReservedHost: true });
  if (errors.length) throw new Error(`manifest.xml de production invalide :\n- ${errors.join("\n- ")}`);
  return xml;
}

module.exports = (env, argv) => {
  const mode = argv.mode || "production";
  const production = mode === "production";
  if (production) {
    // Refuses at once, with the French message, when ADDIN_PROD_URL is not set.
    const base = productionBaseUrl();
    if (isReservedHost(base))
      console.warn(`\n⚠ ADDIN_PROD_URL=${base} est un nom réservé aux tests : ce dist/ ne doit pas être distribué (npm run validate -- --prod le refuse).\n`);
  }
  return {
    mode,
    // ES2019: webpack's own runtime code must parse in EdgeHTML-based Office too (README).
    target: ["web", "es2019"],
    // Never an eval-based devtool (Office Store / CSP: no eval in any bundle).
    devtool: "source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      // Both files run in the same page (shared runtime), functions.js first: the task pane reuses
      // the modules functions.js already holds (the domain) and its webpack runtime instead of
      // shipping a second copy (bench/bundle.bench.ts: about 1.4 KB gzip less in total).
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // With an ES2019 target webpack would reach the global object through `new Function("return
      // this")` (no eval-like code in a bundle: test/build.test.ts); globalThis exists in every
      // webview the add-in supports (WebView2, Safari 12.1+).
      environment: { globalThis: true },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader, then Griffel's.
          use: [
            GRIFFEL_AOT_LOADER,
            {
              loader: "ts-loader",
              options: {
                configFile: "tsconfig.json",
                // Only what the bundles import is type-checked: test/ never is (jest checks it).
                onlyCompileBundledFiles: true,
                // ES modules for webpack, so Fluent UI and our own modules are tree-shaken
                // (tsconfig.json's "commonjs" is for jest and the command line).
                compilerOptions: { module: "es2020" },
              },
            },
          ],
        },
        {
          // Packages ship ES2020+ syntax (Fluent's keyborg/tabster use ?. and ??), which EdgeHTML-based
          // Office builds cannot parse: down to ES2019 through TypeScript's transpiler, no type-check
          // (README « Which Office builds »; test/build.test.ts parses every bundle as ES2019).
          test: /\.m?js$/,
          include: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "packages-es2019",
              transpileOnly: true,
              configFile: "tsconfig.json",
              compilerOptions: { allowJs: true, checkJs: false, target: "es2019", module: "es2020", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new ForbiddenModulesPlugin(),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      new ExplicitAssociationsPlugin(), // after the metadata plugin: its hook must run first
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first: Excel waits for their CustomFunctions.associate() calls.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: production ? productionManifest : undefined },
        ],
      }),
    ],
    optimization: {
      // Terser's third compress pass (webpack's default is two): about 400 B gzip less in total, no
      // change of output language (ecma 2019, as the target above).
      minimizeOptions: { javascript: { ecma: 2019, compress: { passes: 3, ecma: 2019 }, format: { ecma: 2019 } } },
      // Shortest module and chunk ids and export names instead of ids stable across builds: the files
      // are named without a content hash ([name].js), so stable ids bought no caching; about 300 B gzip less.
      moduleIds: "size",
      chunkIds: "size",
      mangleExports: "size",
    },
    performance: {
      // The task pane (React + Fluent) is loaded once from the add-in's host, not per cell.
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      server: httpsServer(),
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.GRIFFEL_AOT_LOADER = GRIFFEL_AOT_LOADER;
