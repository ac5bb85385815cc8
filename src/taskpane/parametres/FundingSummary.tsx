/** The live « Financement ACI annuel »: total and its parts, in euros the French way. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { AciGridVersion, AnnualFunding, Taille, maxFunding, mission } from "../../domain";
import { euros, percent } from "../format";
import { PARAMETRES_LABELS as L } from "./labels";

const useStyles = makeStyles({
  box: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  total: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  parts: { margin: 0, display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  note: { color: tokens.colorNeutralForeground2 },
});

export function FundingSummary(props: { funding: AnnualFunding | undefined; version: AciGridVersion | undefined; taille: Taille | undefined; taux: number }) {
  const { funding, version, taille, taux } = props;
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="financement-titre" aria-live="polite">
      <div className={styles.total}>
        <Text id="financement-titre" weight="semibold">
          {L.fundingTitle}
        </Text>
        <Text size={500} weight="bold" data-testid="financement-total">
          {funding ? euros(funding.total) : "—"}
        </Text>
      </div>
      {funding && version && taille !== undefined ? (
        <>
          <dl className={styles.parts}>
            <dt className={styles.term}>{L.fundingFonctionnement}</dt>
            <dd className={styles.amount}>{euros(funding.fonctionnement)}</dd>
            <dt className={styles.term}>{L.fundingFixe}</dt>
            <dd className={styles.amount}>{euros(funding.fixe)}</dd>
            <dt className={styles.term}>{L.fundingVariable(percent(taux))}</dt>
            <dd className={styles.amount}>{euros(funding.variable)}</dd>
            {funding.supplementaire > 0 && (
              <>
                <dt className={styles.term}>{L.fundingSupplementaire}</dt>
                <dd className={styles.amount}>{euros(funding.supplementaire)}</dd>
              </>
            )}
          </dl>
          {funding.unfunded.length > 0 && (
            <Text size={200} className={styles.note}>
              {L.fundingUnfunded(funding.unfunded.map((k) => mission(k).shortLabel).join(", "), version.id)}
            </Text>
          )}
          <Text size={200} className={styles.note}>
            {L.fundingMax(euros(maxFunding(version, taille)))}
          </Text>
        </>
      ) : (
        <Text size={200} className={styles.note}>
          {L.fundingNoTaille}
        </Text>
      )}
    </section>
  );
}
