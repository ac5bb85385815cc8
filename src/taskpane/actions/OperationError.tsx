/** A failure, in French: what happened, Excel's error code when there is one, and what to do. */
import { MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { keepAmountsTogether } from "../format";
import { ACTIONS_LABELS as L } from "./labels";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function OperationError(props: { title: string; message: string; code: string | undefined; whatToDo: string }) {
  const { title, message, code, whatToDo } = props;
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message && <Text block>{keepAmountsTogether(message)}</Text>}
        {code && (
          <Text block size={200} data-testid="code-erreur">
            {L.errorCode(code)}
          </Text>
        )}
        <Text block>{whatToDo}</Text>
      </MessageBarBody>
    </MessageBar>
  );
}
