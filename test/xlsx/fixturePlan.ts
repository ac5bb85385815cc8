/**
 * A small hand-made WorkbookPlan exercising every feature the ExcelJS writer supports, independent
 * of the real planners: two sheets, a table, validations of each type, a conditional format,
 * workbook names, a CPTS.* formula, a function that needs the _xlfn. prefix and a chart.
 */
import { sheetMarker, type SheetPlan, type WorkbookPlan } from "../../src/sheets/plan";
import { DATE_FORMAT, EURO_FORMAT, PERCENT_FORMAT, TAB_COLORS } from "../../src/sheets/styles";

// 01/03/2026 is Excel serial 46082.
export const SIGNATURE_SERIAL = 46082;

const parametres: SheetPlan = {
  key: "parametres",
  name: "Paramètres",
  columns: [{ width: 4, hidden: true }, { width: 30 }, { width: 16 }, { width: 16 }],
  rows: [
    { key: sheetMarker("parametres"), cells: [undefined, { value: "Paramètres de la CPTS", role: "title" }], height: 24 },
    { key: "entetes", cells: [undefined, { value: "Paramètre", role: "header" }, { value: "Valeur", role: "header" }] },
    { key: "population", cells: [undefined, { value: "Population", role: "label" }, { value: 95000, role: "input" }] },
    {
      key: "taille",
      cells: [undefined, { value: "Taille", role: "label" }, { formula: "=IF(C3<40000,1,IF(C3<80000,2,IF(C3<=175000,3,4)))", role: "computed" }],
    },
    { key: "signature", cells: [undefined, { value: "Date de signature", role: "label" }, { value: SIGNATURE_SERIAL, role: "input", format: DATE_FORMAT }] },
    { key: "taux", cells: [undefined, { value: "Taux d'atteinte", role: "label" }, { value: 1, role: "input", format: PERCENT_FORMAT }] },
    { key: "", cells: [] },
    {
      key: "missions:entetes",
      cells: [undefined, { value: "Mission", role: "header" }, { value: "Retenue", role: "header" }, { value: "Montant", role: "header" }],
    },
    {
      key: "mission:acces",
      cells: [undefined, { value: "Accès aux soins", role: "label" }, { value: "Oui", role: "input" }, { value: 65000, role: "computed", format: EURO_FORMAT }],
    },
    {
      key: "mission:parcours",
      cells: [undefined, { value: "Parcours", role: "label" }, { value: "Non", role: "input" }, { value: 90000, role: "computed", format: EURO_FORMAT }],
    },
    {
      key: "total",
      cells: [
        undefined,
        { value: "Total retenu", role: "total", bold: true },
        undefined,
        { formula: '=SUMIFS(D9:D10,C9:C10,"Oui")*CPTS_TauxAtteinte', role: "total", format: EURO_FORMAT },
      ],
    },
    { key: "note", cells: [undefined, { value: "Une note longue qui doit passer à la ligne dans sa cellule.", role: "note", wrap: true }], height: 30 },
  ],
  freeze: { rows: 2, columns: 0 },
  tables: [{ name: "CPTS_Missions", range: "B8:D10", style: "TableStyleLight9" }],
  validations: [
    { range: "C3", type: "whole", min: 0, prompt: "Nombre d'habitants du territoire", error: "Saisissez un nombre entier positif." },
    { range: "C5", type: "date", min: 367, prompt: "Date de signature du contrat ACI", error: "Saisissez une date jj/mm/aaaa." },
    { range: "C6", type: "decimal", min: 0, max: 1, error: "Saisissez un taux entre 0 % et 100 %." },
    { range: "C9:C10", type: "list", values: ["Oui", "Non"], error: "Choisissez Oui ou Non." },
  ],
  conditionalFormats: [{ range: "B9:D10", formula: '=$C9="Oui"', fill: "#C6EFCE", fontColor: "#006100", bold: true }],
  charts: [],
  tabColor: TAB_COLORS.parametres,
};

const versements: SheetPlan = {
  key: "versements",
  name: "Versements",
  columns: [{ width: 4, hidden: true }, { width: 20 }, { width: 16 }, { width: 24 }],
  rows: [
    { key: sheetMarker("versements"), cells: [undefined, { value: "Versements", role: "title" }] },
    { key: "entetes", cells: [undefined, { value: "Année", role: "header" }, { value: "Échéance", role: "header" }, { value: "Alerte", role: "header" }] },
    {
      key: "annee:1",
      cells: [
        undefined,
        { value: 1, role: "label" },
        { formula: "=EDATE(CPTS_Signature,12)", role: "computed", format: DATE_FORMAT },
        { formula: '=IFNA(CPTS.RETARD(C3,"En cours"),"")', role: "flag" },
      ],
    },
    { key: "total", cells: [undefined, { value: "Total", role: "total" }, { formula: "='Paramètres'!D11*5", role: "total", format: EURO_FORMAT }] },
  ],
  freeze: { rows: 2, columns: 2 },
  tables: [],
  validations: [],
  conditionalFormats: [],
  charts: [
    {
      name: "Graphique",
      type: "columnClustered",
      title: "Versements",
      categories: "B3:B3",
      series: [{ name: "Échéance", values: "C3:C3" }],
      anchor: "F2",
      widthColumns: 6,
      heightRows: 12,
    },
  ],
  tabColor: TAB_COLORS.versements,
};

export function fixturePlan(): WorkbookPlan {
  return {
    choices: {
      nom: "CPTS du test",
      population: 95000,
      tailleOverride: null,
      signature: SIGNATURE_SERIAL,
      versionId: "ACI 2019",
      taux: 1,
      missions: ["acces"],
      snp: false,
      dateReference: null,
    },
    sheets: structuredClone([parametres, versements]),
    names: [
      { name: "CPTS_Taille", sheet: "parametres", address: "$C$4" },
      { name: "CPTS_Signature", sheet: "parametres", address: "$C$5" },
      { name: "CPTS_TauxAtteinte", sheet: "parametres", address: "$C$6" },
      { name: "CPTS_TotalContrat", sheet: "versements", address: "$C$4" },
    ],
  };
}
