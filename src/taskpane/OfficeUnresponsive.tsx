/**
 * Office did not answer (host.ts's "unresponsive" state): its French message, in the pane's own
 * look, under the pane's title, until Office answers after all (then the pane replaces it).
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { HOST_MESSAGES } from "./host";
import { APP_LABELS as L } from "./labels";
import { usePageStyles } from "./pageStyles";

export function OfficeUnresponsive() {
  const styles = usePageStyles();
  return (
    <main className={styles.page}>
      <Text as="h1" size={600} weight="semibold" className={styles.title}>
        {L.title}
      </Text>
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="office-muet">
        <MessageBarBody>
          <MessageBarTitle>{HOST_MESSAGES.unresponsiveTitle}</MessageBarTitle>
          {HOST_MESSAGES.unresponsiveBody}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
