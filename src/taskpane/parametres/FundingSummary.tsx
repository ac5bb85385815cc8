/** The live « Financement ACI annuel »: total and its parts, in euros the French way. */
import { tokens } from "@fluentui/react-components";
import { TYPE } from "../typography";
import type { CSSProperties } from "react";
import { AciGridVersion, AnnualFunding, Taille, maxFunding, mission } from "../../domain";
import { euros, percent } from "../format";
import { PARAMETRES_LABELS as L } from "./labels";

const styles = {
  box: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  total: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  parts: { margin: 0, display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  note: { color: tokens.colorNeutralForeground2 },
} satisfies Record<string, CSSProperties>;

export function FundingSummary(props: { funding: AnnualFunding | undefined; version: AciGridVersion | undefined; taille: Taille | undefined; taux: number }) {
  const { funding, version, taille, taux } = props;
  return (
    <section style={styles.box} aria-labelledby="financement-titre" aria-live="polite">
      <div style={styles.total}>
        <span id="financement-titre" style={TYPE.semibold}>
          {L.fundingTitle}
        </span>
        <span style={TYPE.amount} data-testid="financement-total">
          {funding ? euros(funding.total) : "—"}
        </span>
      </div>
      {funding && version && taille !== undefined ? (
        <>
          <dl style={styles.parts}>
            <dt style={styles.term}>{L.fundingFonctionnement}</dt>
            <dd style={styles.amount}>{euros(funding.fonctionnement)}</dd>
            <dt style={styles.term}>{L.fundingFixe}</dt>
            <dd style={styles.amount}>{euros(funding.fixe)}</dd>
            <dt style={styles.term}>{L.fundingVariable(percent(taux))}</dt>
            <dd style={styles.amount}>{euros(funding.variable)}</dd>
            {funding.supplementaire > 0 && (
              <>
                <dt style={styles.term}>{L.fundingSupplementaire}</dt>
                <dd style={styles.amount}>{euros(funding.supplementaire)}</dd>
              </>
            )}
          </dl>
          {funding.unfunded.length > 0 && (
            <span style={{ ...TYPE.caption, ...styles.note }}>
              {L.fundingUnfunded(funding.unfunded.map((k) => mission(k).shortLabel).join(", "), version.id)}
            </span>
          )}
          <span style={{ ...TYPE.caption, ...styles.note }}>
            {L.fundingMax(euros(maxFunding(version, taille)))}
          </span>
        </>
      ) : (
        <span style={{ ...TYPE.caption, ...styles.note }}>
          {L.fundingNoTaille}
        </span>
      )}
    </section>
  );
}
