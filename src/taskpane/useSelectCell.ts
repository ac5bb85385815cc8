/** Selecting a cell from a link, with a French message when the sheet or cell is gone. */
import { useCallback, useState } from "react";
import { WorkbookGateway, errorCode, errorMessage } from "./gateway";

export interface SelectionFailure {
  message: string;
  code: string | undefined;
}

export function useSelectCell(gateway: WorkbookGateway | undefined) {
  const [failure, setFailure] = useState<SelectionFailure | undefined>();
  const select = useCallback(
    (sheetName: string, address: string) => {
      if (!gateway) return;
      setFailure(undefined);
      gateway.selectCell(sheetName, address).catch((error) => setFailure({ message: errorMessage(error), code: errorCode(error) }));
    },
    [gateway],
  );
  return { select, failure };
}
