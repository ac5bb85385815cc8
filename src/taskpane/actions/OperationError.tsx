/** A failure, in French: what happened, Excel's error code when there is one, and what to do. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { keepAmountsTogether } from "../format";
import { TYPE } from "../typography";
import { ACTIONS_LABELS as L } from "./labels";

const body = { display: "flex", flexDirection: "column", gap: "4px" } as const;

export function OperationError(props: { title: string; message: string; code: string | undefined; whatToDo: string }) {
  const { title, message, code, whatToDo } = props;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody style={body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message && <span style={TYPE.block}>{keepAmountsTogether(message)}</span>}
        {code && (
          <span style={{ ...TYPE.block, ...TYPE.caption }} data-testid="code-erreur">
            {L.errorCode(code)}
          </span>
        )}
        <span style={TYPE.block}>{whatToDo}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
