/**
 * Test-only build of the task pane for the browser tests (never shipped):
 *   harness.html  the pane wired to the in-memory workbook double (test/double, HyperFormula), as in Excel
 *   outside.html  the production entry (src/taskpane/index.tsx) alone, as a plain browser opens it
 * Both pages come from the real taskpane.html, so they reference office.js on Microsoft's CDN like
 * production; the tests serve that URL from node_modules/@microsoft/office-js.
 * Development mode, on react-dom's development build like `npm start`: React reports its warnings
 * (the tests fail on any console error) and <StrictMode> mounts, unmounts and remounts every
 * component and effect, so an effect that does not clean up (a subscription, a timer) shows here.
 * No eval-based devtool; ts-loader only transpiles (jest type-checks test/ and src/).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// The pane's makeStyles() compiled at build time, as in production.
const { GRIFFEL_AOT_LOADER } = require("../../webpack.config.js");

const ROOT = path.resolve(__dirname, "..", "..");
const OUTPUT = path.join(ROOT, "test-output", "harness");

module.exports = {
  mode: "development",
  devtool: false,
  target: ["web", "es2020"],
  context: ROOT,
  entry: {
    harness: "./test/browser/harness/harness.tsx",
    outside: "./src/taskpane/index.tsx",
  },
  output: { path: OUTPUT, filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: [
          GRIFFEL_AOT_LOADER,
          {
            loader: "ts-loader",
            options: { configFile: path.join(ROOT, "tsconfig.test.json"), transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        ],
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: "harness.html", template: "./src/taskpane/taskpane.html", chunks: ["harness"] }),
    new HtmlWebpackPlugin({ filename: "outside.html", template: "./src/taskpane/taskpane.html", chunks: ["outside"] }),
    // The page's icon link, so the tests see no 404 of our own.
    new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
  ],
  performance: { hints: false },
  resolveLoader: { modules: [path.join(ROOT, "node_modules")] },
  infrastructureLogging: { level: "error" },
  stats: "errors-warnings",
};
