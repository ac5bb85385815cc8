/** The pane's page column and title, shared by the pane itself and the « Office ne répond pas » page. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePageStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    maxWidth: "40em",
    margin: "0 auto",
  },
  title: { margin: 0 },
});
