/**
 * `classeur --depuis`: a client's filled workbook regenerated from the command line keeps every value,
 * formula and added row of theirs, their own sheet and their sheet names, with the changes applied;
 * refusals write nothing. (Totals recalculated in LibreOffice: depuisLibreoffice.test.ts.)
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SHEET_NAMES } from "../../src/sheets/plan";
import { READ_MESSAGES } from "../../src/xlsx/readMessages";
import { AMOUNT, BASE, NOTES, clientEdits, fillAsClient, gridRow, readOk, run, storedChoices } from "./depuisClient";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "depuis-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("classeur --depuis", () => {
  it("regenerates a filled client file with another taille and missions: every value, formula and added row kept, their sheet untouched", async () => {
    expect((await run(dir, [...BASE, "--out", "client.xlsx"])).code).toBe(0);
    const edits = clientEdits();
    const filled = await fillAsClient(dir, "client.xlsx", edits, SHEET_NAMES);
    const before = await readOk(dir, filled);

    const r = await run(dir, ["--depuis", filled, "--taille", "4", "--missions", "acces,parcours,prevention,crise", "--out", "client-2027.xlsx"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Feuille « Budget client » (Budget prévisionnel) : 4 cellules saisies et 1 ligne ajoutée reprises.");
    expect(r.out).toContain("Feuille « FdR Élaboration » : 3 cellules saisies et 0 ligne ajoutée reprises.");
    expect(r.out).toContain(`Feuilles du client gardées telles quelles : « ${NOTES} ».`);

    const after = await readOk(dir, "client-2027.xlsx");
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    // The changes applied, the rest of the stored choices kept.
    expect(storedChoices(after)).toEqual({ ...storedChoices(before)!, tailleOverride: 4, missions: ["acces", "parcours", "prevention", "crise"] });
    for (const e of edits) {
      const grid = after.ours[e.sheet]!.formulas;
      const row = gridRow(grid, e.key);
      expect(row).toBeGreaterThan(0);
      expect([e.key, grid[row][e.col]]).toEqual([e.key, e.read]);
    }
    const budget = after.ours.budget!.formulas;
    const anchor = gridRow(budget, edits[0].key);
    expect(budget[anchor + 1].slice(0, AMOUNT + 1)).toEqual(["", "Loyer du local", "", 3_000]);

    // Their sheet: values, formula, font and width as they left them.
    const theirs = after.workbook.getWorksheet(NOTES)!;
    expect(theirs.getCell("A1").value).toBe("Suivi des réunions");
    expect(theirs.getCell("A1").font?.bold).toBe(true);
    expect(theirs.getCell("B2").value).toBe(12);
    expect(theirs.getCell("B3").formula).toBe("B2*2");
    expect(theirs.getCell("B4").value).toBe("007");
    expect(theirs.getColumn(1).width).toBe(30);
  });

  it("says what it cannot keep and why: a chart of the client's, a picture and a note on one of our sheets; a picture on their sheet is kept", async () => {
    expect((await run(dir, [...BASE, "--out", "client.xlsx"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "client.xlsx"));
    // A 1×1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
    const budget = wb.getWorksheet(SHEET_NAMES.budget)!;
    budget.addImage(wb.addImage({ buffer: png as never, extension: "png" }), "H2:I4");
    // On a filled cell: ExcelJS does not read back a note on an empty cell (reported as such, see readWorkbook.ts).
    budget.getCell("J3").value = "à revoir";
    budget.getCell("J3").note = "À revoir avec le trésorier";
    const theirs = wb.addWorksheet(NOTES);
    theirs.addImage(wb.addImage({ buffer: png as never, extension: "png" }), "B2:C4");
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    zip.file("xl/charts/chart9.xml", "<c:chartSpace/>");
    writeFileSync(path.join(dir, "avec-objets.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));

    const r = await run(dir, ["--depuis", "avec-objets.xlsx", "--out", "apres.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(
      `Non repris (la bibliothèque ExcelJS qui écrit le fichier hors d'Excel ne sait pas les réécrire) : les graphiques, ${READ_MESSAGES.notesOnEmptyCells}.`,
    );
    expect(r.err).toContain(`Feuille « ${SHEET_NAMES.budget} » : 1 image et 1 note de cellule non reprises`);
    const after = await readOk(dir, "apres.xlsx");
    expect(after.workbook.getWorksheet(NOTES)!.getImages()).toHaveLength(1);
    expect(after.ours.budget!.worksheet.getImages()).toHaveLength(0);
  });

  it("rows of a layout the add-in no longer knows come back at the end of their sheet, and says so", async () => {
    expect((await run(dir, [...BASE, "--out", "client.xlsx"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "client.xlsx"));
    const budget = wb.getWorksheet(SHEET_NAMES.budget)!;
    const last = budget.rowCount + 2;
    budget.getCell(last, 1).value = "budget:ancien-bloc:dep:divers";
    budget.getCell(last, 2).value = "Frais divers";
    budget.getCell(last, AMOUNT + 1).value = 777;
    await wb.xlsx.writeFile(path.join(dir, "ancien.xlsx"));
    const r = await run(dir, ["--depuis", "ancien.xlsx", "--out", "nouveau.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Feuille « ${SHEET_NAMES.budget} » : 1 ligne d'une mise en page que le complément ne connaît plus, reprise en fin de feuille`);
    const grid = (await readOk(dir, "nouveau.xlsx")).ours.budget!.formulas;
    expect(grid[grid.length - 1].slice(0, AMOUNT + 1)).toEqual(["", "Frais divers", "", 777]);
  });

  it("without changes, regenerates with the file's own choices", async () => {
    const args = ["--taille", "2", "--signature", "15/09/2025", "--missions", "acces,crise", "--snp", "--taux", "72,5%", "--nom", "CPTS Sud"];
    expect((await run(dir, [...args, "--out", "a.xlsx"])).code).toBe(0);
    const r = await run(dir, ["--depuis", "a.xlsx", "--out", "b.xlsx"]);
    expect(r.code).toBe(0);
    const a = storedChoices(await readOk(dir, "a.xlsx"));
    expect(a).toMatchObject({ nom: "CPTS Sud", tailleOverride: 2, missions: ["acces", "crise"], snp: true, taux: 0.725 });
    expect(storedChoices(await readOk(dir, "b.xlsx"))).toEqual(a);
  });

  describe("refusals: a French reason, nothing written", () => {
    const files = () => readdirSync(dir).sort();

    it.each([
      [
        "a workbook that is not ours",
        async () => {
          const wb = new ExcelJS.Workbook();
          wb.addWorksheet("Feuil1").getCell("A1").value = "Budget";
          await wb.xlsx.writeFile(path.join(dir, "in.xlsx"));
        },
        READ_MESSAGES.notOurs,
      ],
      [
        "a damaged workbook",
        async () => {
          expect((await run(dir, [...BASE, "--out", "whole.xlsx"])).code).toBe(0);
          const whole = readFileSync(path.join(dir, "whole.xlsx"));
          writeFileSync(path.join(dir, "in.xlsx"), whole.subarray(0, whole.length - 2000));
        },
        "Ce classeur est endommagé ou illisible",
      ],
      [
        "an encrypted workbook",
        async () => {
          const compound = Buffer.alloc(2048);
          compound.writeUInt32BE(0xd0cf11e0, 0);
          Buffer.from("EncryptedPackage", "utf16le").copy(compound, 1024);
          writeFileSync(path.join(dir, "in.xlsx"), compound);
        },
        READ_MESSAGES.encrypted,
      ],
    ])("%s", async (_label, make, reason) => {
      await make();
      const present = files();
      const r = await run(dir, ["--depuis", "in.xlsx", "--out", "out.xlsx"]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(reason);
      expect(r.err).toContain("Rien n'a été écrit.");
      expect(files()).toEqual(present);
    });

    it("an .xls file", async () => {
      writeFileSync(path.join(dir, "vieux.xls"), Buffer.alloc(512));
      const r = await run(dir, ["--depuis", "vieux.xls", "--out", "out.xlsx"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("format Excel 97-2003 (.xls)");
      expect(existsSync(path.join(dir, "out.xlsx"))).toBe(false);
    });

    it("an existing output without --force, the input itself as output, a missing input", async () => {
      expect((await run(dir, [...BASE, "--out", "client.xlsx"])).code).toBe(0);
      writeFileSync(path.join(dir, "deja.xlsx"), "mine");
      const exists = await run(dir, ["--depuis", "client.xlsx", "--out", "deja.xlsx"]);
      expect(exists.code).toBe(2);
      expect(exists.err).toContain("existe déjà : ajoutez --force");
      expect(readFileSync(path.join(dir, "deja.xlsx"), "utf8")).toBe("mine");

      const original = readFileSync(path.join(dir, "client.xlsx"));
      for (const out of ["client.xlsx", "./client.xlsx"]) {
        const same = await run(dir, ["--depuis", "client.xlsx", "--out", out, "--force"]);
        expect(same.code).toBe(2);
        expect(same.err).toContain("--out désigne le classeur lu");
      }
      expect(readFileSync(path.join(dir, "client.xlsx")).equals(original)).toBe(true);

      const missing = await run(dir, ["--depuis", "absent.xlsx", "--out", "x.xlsx"]);
      expect(missing.code).toBe(2);
      expect(missing.err).toContain("introuvable");
      expect(existsSync(path.join(dir, "x.xlsx"))).toBe(false);

      const bad = await run(dir, ["--depuis", "client.xlsx", "--taux", "150%", "--out", "y.xlsx"]);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain("--taux");
      expect(existsSync(path.join(dir, "y.xlsx"))).toBe(false);
    });
  });
});
