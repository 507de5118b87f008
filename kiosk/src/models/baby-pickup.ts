import { unwrap } from "@ui/api-client";
import { api } from "../api";
import { codeEntry } from "./code-entry";

/**
 * The code a guardian gave the person collecting a child. It works once; the API judges it (and
 * counts wrong ones), the screen only says what it answered.
 */
export const pickupCode = codeEntry(8, (code) => unwrap(api.kiosk["baby-room"].pickup.$post({ json: { code } })));
