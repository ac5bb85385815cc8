/**
 * `classeur --lot` on a CSV of 200 lines, in a temporary folder: files per second, and the mean time
 * per file over the first and the last 50 workbooks — equal within noise when the time per file does
 * not grow with the batch (issue 12). Measures and prints; never fails on a time.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runClasseur } from "../src/cli/classeur";

const LINES = 200;
const WINDOW = 50;

/** 200 CPTS of every taille, a few missions mixes, SNP and taux varied: each line a different workbook. */
function batchCsv(lines: number): string {
  const missions = ["acces,parcours,prevention", "acces,parcours,prevention,crise", "parcours", "acces,parcours,prevention,qualite,accompagnement"];
  const rows = Array.from({ length: lines }, (_, i) =>
    [
      `CPTS n° ${i + 1}`,
      8_000 + i * 997,
      `01/${String((i % 12) + 1).padStart(2, "0")}/2026`,
      missions[i % missions.length],
      i % 3 === 0 && missions[i % missions.length].includes("acces") ? "oui" : "non",
      `${50 + (i % 51)} %`,
    ].join(";"),
  );
  return ["nom;population;signature;missions;snp;taux", ...rows].join("\r\n");
}

async function batch(dir: string, lines: number): Promise<{ code: number; at: number[]; start: number }> {
  const csv = path.join(dir, `lot-${lines}.csv`);
  writeFileSync(csv, "\uFEFF" + batchCsv(lines));
  const at: number[] = [];
  const start = performance.now();
  const code = await runClasseur(["--lot", csv, "--dossier", path.join(dir, `sortie-${lines}`)], {
    cwd: dir,
    out: (line) => {
      if (line.startsWith("Classeur écrit")) at.push(performance.now());
    },
    err: (line) => console.error(line),
  });
  return { code, at, start };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lot-bench-"));
  try {
    // One workbook first: loading the planners and ExcelJS is paid once per command, not per file.
    await batch(dir, 1);
    const { code, at, start } = await batch(dir, LINES);
    if (code !== 0 || at.length !== LINES) throw new Error(`lot : code ${code}, ${at.length} classeurs écrits sur ${LINES}`);
    const total = (at[at.length - 1] - start) / 1000;
    const mean = (from: number, to: number) => (at[to - 1] - (from === 0 ? start : at[from - 1])) / (to - from);
    console.log(`${LINES} classeurs en ${total.toFixed(1)} s : ${(LINES / total).toFixed(1)} classeurs/s`);
    console.log(
      `temps moyen par classeur, ${WINDOW} premiers : ${mean(0, WINDOW).toFixed(0)} ms ; ${WINDOW} derniers : ${mean(LINES - WINDOW, LINES).toFixed(0)} ms`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
