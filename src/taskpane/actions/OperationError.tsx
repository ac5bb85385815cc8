/** A failure, in French: what happened, Excel's error code when there is one, and what to do. */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { ACTIONS_LABELS as L } from "./labels";

export function OperationError(props: { title: string; message: string; code: string | undefined; whatToDo: string }) {
  const { title, message, code, whatToDo } = props;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message && <Text block>{message}</Text>}
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
