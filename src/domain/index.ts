/** The pure domain: ACI grid, tailles, missions, calendar, budget model, checks. No Office types. */
export * from "./tailles";
export * from "./missions";
export * from "./aciGrid";
export * from "./funding";
export * from "./calendar";
export * from "./frenchFormat";
export * from "./status";
export * from "./payments";
export * from "./budget";
export * from "./checks";
export * from "./roadmap";
export * from "./parseNumber";
export * from "./parseMessages";
export * from "./parseInput";
