/**
 * ESLint (flat config), run by `npm run lint` with Prettier's check and the type-checks.
 *
 * Base: Microsoft's office-addin-lint configuration, i.e. what OfficeDev/Office-Addin-TaskPane-React's
 * `.eslintrc.json` extends (`plugin:office-addins/react`): eslint-plugin-office-addins' rules for
 * office-js (load before read, sync after load and before read, no sync in a loop, isNullObject
 * tests, no empty or navigational load), ESLint's recommended rules and eslint-plugin-react's.
 * Added: typescript-eslint's recommended rules, the React hooks rules, and the architecture's
 * one-way flow (LAYERS below) as import-x rules.
 *
 * Formatting is Prettier's alone (prettier.config.mjs): `prettier --check .` runs in `npm run lint`
 * over every file type, so the plugin's `prettier/prettier` rule, which would format each script
 * a second time inside ESLint, is off (https://prettier.io/docs/integrating-with-linters).
 */
import officeAddins from "eslint-plugin-office-addins";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import react from "eslint-plugin-react";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The architecture's one-way flow, lowest layer first: a folder of src/ may import from folders of
 * an earlier layer, never from its own layer's other folders nor from a later layer. The domain
 * knows nothing of sheets; the sheet plans know nothing of Office or ExcelJS; the three writers of
 * plans and rules (the Office writer, the ExcelJS writer, the custom functions) ignore one another;
 * the task pane and the command line sit on top and ignore one another.
 * test/lint/layering.test.ts checks that every folder of src/ is listed here.
 */
export const LAYERS = [["domain"], ["sheets"], ["excel", "xlsx", "functions"], ["taskpane", "cli"]];

/**
 * Within the flow, the top layer's two programs take only what runs where they run. The command
 * line runs in Node without Office: it takes the .xlsx writer and, from the custom functions, only
 * their argument parsers and results, never the Office writer. The task pane runs in Excel: never
 * the .xlsx writer (ExcelJS would join the bundle).
 */
const TOP_LAYER_ZONES = [
  { target: "./src/cli", from: "./src/excel", message: "src/cli tourne sans Office : pas d'écrivain Office (src/excel)." },
  {
    target: "./src/cli",
    from: "./src/functions",
    except: ["./args.ts", "./result.ts"],
    message: "src/cli ne prend des fonctions personnalisées que leurs arguments (args.ts) et leurs résultats (result.ts).",
  },
  { target: "./src/taskpane", from: "./src/xlsx", message: "src/taskpane n'embarque pas l'écrivain .xlsx (ExcelJS)." },
];

function layeringZones() {
  const zones = [];
  LAYERS.forEach((layer, level) => {
    const above = LAYERS.slice(level + 1).flat();
    for (const folder of layer) {
      for (const other of [...above, ...layer.filter((o) => o !== folder)]) {
        zones.push({
          target: `./src/${folder}`,
          from: `./src/${other}`,
          message: `src/${folder} ne dépend pas de src/${other} (flux à sens unique : ${LAYERS.map((l) => l.join("/")).join(" → ")}).`,
        });
      }
    }
  });
  return [...zones, ...TOP_LAYER_ZONES];
}

/** Packages a folder of src/ must not import. */
function restrictedImports(folder) {
  const paths = [{ name: "hyperformula", message: "HyperFormula est sous licence GPL : réservé aux tests, jamais dans src/." }];
  const patterns = [];
  if (folder !== "xlsx") paths.push({ name: "exceljs", message: "ExcelJS reste dans src/xlsx (l'écrivain du fichier .xlsx)." });
  if (folder !== "taskpane") {
    for (const name of ["react", "react-dom", "react-dom/client"]) paths.push({ name, message: "React reste dans src/taskpane." });
    patterns.push({ group: ["@fluentui/*"], message: "Fluent UI reste dans src/taskpane." });
  }
  return { paths, patterns };
}

/** The office-addins configs, with their bundled typescript-eslint (8.8) replaced by the project's. */
function withProjectTypescriptEslint(configs) {
  return configs.map((config) => {
    const plugins = config.plugins?.["@typescript-eslint"] ? { ...config.plugins, "@typescript-eslint": tseslint.plugin } : config.plugins;
    const languageOptions = config.languageOptions?.parser ? { ...config.languageOptions, parser: tseslint.parser } : config.languageOptions;
    return { ...config, ...(plugins && { plugins }), ...(languageOptions && { languageOptions }) };
  });
}

const OFFICE_ADDINS_RULES = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, officeAddins.configs.recommended.at(-1).rules[`office-addins/${name}`] ?? "error"]),
);

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "test-output/**",
      "coverage/**",
      "node_modules/**",
      // Files that break rules on purpose; test/lint/*.test.ts lints them through ESLint's API.
      "test/lint/fixtures/**",
    ],
  },
  ...withProjectTypescriptEslint(officeAddins.configs.react),
  // eslint-plugin-office-addins scopes its rules to .js/.ts files; the task pane's .tsx files call
  // office-js too (through the gateway), so they get the same rules.
  { files: ["**/*.tsx"], plugins: { "office-addins": officeAddins }, rules: OFFICE_ADDINS_RULES },
  ...tseslint.configs.recommended,
  react.configs.flat["jsx-runtime"], // tsconfig's "jsx": "react-jsx": no React import needed
  { files: ["**/*.tsx"], ...reactHooks.configs.flat["recommended-latest"] },
  {
    // The plugin's ecmaVersion 6 would also leave ES2017+ built-ins (globalThis, Atomics…) undefined in .js files.
    languageOptions: { ecmaVersion: 2022 },
    rules: { "prettier/prettier": "off" },
  },
  // The architecture's one-way flow, and no import cycle anywhere.
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      // import-x reads only .js files unless told otherwise: without these, no-cycle would not follow a .ts import.
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones: layeringZones() }],
    },
  },
  // Packages stay in their layer (one rule per folder: a later no-restricted-imports would replace an earlier one).
  ...LAYERS.flat().map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { "no-restricted-imports": ["error", restrictedImports(folder)] },
  })),
  // eslint-plugin-office-addins recognises office-js by its method and property names (load, getCell,
  // value…), so it misreads ExcelJS and HyperFormula objects of the same names: off where Office
  // does not exist (src/ below is held to that by no-restricted-globals).
  {
    files: ["src/{domain,sheets,xlsx,cli}/**", "test/{domain,sheets,xlsx,cli}/**", "scripts/**"],
    rules: Object.fromEntries(Object.keys(OFFICE_ADDINS_RULES).map((rule) => [rule, "off"])),
  },
  // Office's globals exist only where the Office layer lives: the domain, the plans, the .xlsx
  // writer and the command line run without Office (Node, LibreOffice, tests).
  {
    files: ["src/{domain,sheets,xlsx,cli}/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension", "OfficeRuntime", "CustomFunctions"].map((name) => ({
          name,
          message: `${name} n'existe que dans Excel : src/domain, src/sheets, src/xlsx et src/cli s'en passent.`,
        })),
      ],
    },
  },
  // Node scripts and configuration files (CommonJS).
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["**/*.mjs"], languageOptions: { globals: { ...globals.node } } },
  // Tests run in Node under jest.
  { files: ["test/**", "bench/**"], languageOptions: { globals: { ...globals.node, ...globals.jest } } },
);
