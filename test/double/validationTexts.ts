/**
 * Excel's limits on data validation texts, in characters: error and prompt titles 32, error message
 * 225 ([MS-XLSB] 2.5.37 DValStrings, "MUST be less than or equal to",
 * https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-xlsb/b8894965-c186-4bba-8a0b-8ec2a37a1cbe),
 * prompt message 255 ([MS-OI29500] 2.1.613, "Excel restricts the value of this attribute to be at most 255 characters",
 * https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/0114969a-4859-443e-ae3e-0c1fdebfcc64).
 * Excel cannot store a longer text, so the double refuses it as an invalid
 * argument; office-js's DataValidationPrompt / DataValidationErrorAlert pages name no limit, so the
 * exact error Excel raises is « à vérifier dans Excel ».
 */
import { invalidArgument } from "./errors";

const LIMITS = { prompt: { title: 32, message: 255 }, errorAlert: { title: 32, message: 225 } } as const;

export function checkValidationTexts(kind: keyof typeof LIMITS, texts: Record<string, unknown>): void {
  for (const field of ["title", "message"] as const) {
    const text = texts[field];
    if (typeof text === "string" && text.length > LIMITS[kind][field])
      throw invalidArgument(`DataValidation.${kind}.${field} : ${text.length} caractères, Excel en accepte ${LIMITS[kind][field]} au plus.`);
  }
}
