import { AppError, type ErrorCode } from "@/lib/errors";

/** A refusal that belongs to one form field, so the form can show it at that field. */
export class FieldRefusal extends AppError {
  constructor(
    readonly field: string,
    message: string,
    code: ErrorCode = "invalid",
  ) {
    super(code, message);
  }
}
