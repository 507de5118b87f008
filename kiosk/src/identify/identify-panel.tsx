import { useSignal, useSignalEffect } from "@preact/signals";
import { useEffect, useMemo, useRef } from "preact/hooks";
import { locale } from "../i18n";
import { speak } from "../models/speech";
import { it } from "./identify-i18n";
import { createIdentifyFlow, type Identify, type IdentifiedPerson, type IdentifyStatus } from "./identify-flow";
import { loadFaceModels } from "@ui/face/face-descriptor";
import type { IdentifyMessageKey } from "./messages";
import { startQrCamera } from "./qr-camera";
import { listenToUsbScanner } from "./usb-scanner";
import "./identify-panel.css";

/** "qr_only" where face entry is not offered (no enrolment there, or no camera allowed for faces). */
export type IdentifyMode = "qr_only" | "qr_or_face";

type IdentifyPanelProps<P extends IdentifiedPerson> = {
  mode: IdentifyMode;
  identify: Identify<P>;
  onIdentified: (person: P) => void;
  /** The heading: "who are you?" unless the screen asks for one place ("幸福食堂：请先识别身份"). */
  title?: string;
};

/** Camera QR, USB scanner and (by consent) face, side by side; whichever comes first wins. */
export function IdentifyPanel<P extends IdentifiedPerson>({
  mode,
  identify,
  onIdentified,
  title,
}: IdentifyPanelProps<P>) {
  const video = useRef<HTMLVideoElement>(null);
  const cameraFailed = useSignal(false);
  // One flow per mounted panel: its "one attempt at a time" lock must survive re-renders.
  const flow = useMemo(() => createIdentifyFlow({ identify, onIdentified }), []);
  const faceOffered = mode === "qr_or_face" && !cameraFailed.value;

  useEffect(() => {
    const stopCamera = startQrCamera({
      video: video.current!,
      onCode: flow.submitCode,
      onError: () => (cameraFailed.value = true),
    });
    const stopScanner = listenToUsbScanner(flow.submitCode);
    // Fetch the face models while the person reads the screen, so the first tap is quick.
    if (mode === "qr_or_face") loadFaceModels().catch(() => undefined);
    return () => {
      stopCamera();
      stopScanner();
    };
  }, []);

  useSignalEffect(() => {
    const message = feedbackText(flow.status.value, cameraFailed.value);
    if (message) speak(message, locale.peek());
  });

  const status = flow.status.value;
  const busy = !["ready", "refused"].includes(status.kind);
  return (
    <section class="identify-panel" aria-labelledby="identify-title">
      <h1 id="identify-title">{title ?? it("identify.title")}</h1>
      <p class="identify-prompt">{it(promptKey(mode, cameraFailed.value))}</p>
      {/* Without a camera the dark box would only promise what cannot happen: it goes. */}
      <div class={`identify-camera${status.kind === "identified" ? " is-identified" : ""}`} hidden={cameraFailed.value}>
        <video ref={video} muted playsInline aria-label={it("identify.cameraLabel")} />
        <div class="identify-frame" aria-hidden="true" />
      </div>
      <Feedback status={status} cameraFailed={cameraFailed.value} />
      {faceOffered && (
        <button
          type="button"
          class="big-button primary identify-face-button"
          disabled={busy}
          onClick={() => flow.captureFace(video.current!)}
        >
          <span aria-hidden="true">☺</span> {it("identify.face")}
        </button>
      )}
    </section>
  );
}

/** Never "tap 刷脸" without a 刷脸 button, nor "hold it to the camera" without a camera. */
function promptKey(mode: IdentifyMode, cameraFailed: boolean): IdentifyMessageKey {
  if (cameraFailed) return "identify.promptNoCamera";
  return mode === "qr_or_face" ? "identify.prompt" : "identify.promptQrOnly";
}

function Feedback({ status, cameraFailed }: { status: IdentifyStatus; cameraFailed: boolean }) {
  const text = feedbackText(status, cameraFailed);
  return (
    <div
      class={`identify-feedback is-${status.kind}`}
      role="status"
      aria-live="assertive"
      data-code={status.kind === "refused" ? status.code : undefined}
    >
      {text}
    </div>
  );
}

const STATUS_TEXT: Partial<Record<IdentifyStatus["kind"], IdentifyMessageKey>> = {
  face_loading: "identify.faceLoading",
  face_capturing: "identify.faceHint",
  checking: "identify.checking",
};

/** What is both shown and said; `ready` says nothing beyond the prompt above the camera. */
function feedbackText(status: IdentifyStatus, cameraFailed: boolean): string {
  if (status.kind === "identified") return it("identify.welcome", { name: status.name });
  if (status.kind === "refused") return it(status.message);
  const key = STATUS_TEXT[status.kind];
  if (key) return it(key);
  return cameraFailed ? it("identify.cameraUnavailable") : "";
}
