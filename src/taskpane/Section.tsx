import { tokens } from "@fluentui/react-components";
import type { CSSProperties, ReactNode } from "react";

const styles = {
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
  },
} satisfies Record<string, CSSProperties>;

/** A titled region of the pane: screen readers list it by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section style={styles.section} aria-labelledby={`${id}-titre`}>
      <h2 id={`${id}-titre`} style={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}
