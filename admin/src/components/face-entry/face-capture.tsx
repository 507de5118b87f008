import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { ErrorMessage } from "@ui/error-message";
import { i18n, t } from "../../i18n";
import { enrolFace } from "../../models/identity";
import type { PersonRef } from "../../models/people";
import "./face-entry.css";

type Stage = "starting" | "ready" | "no_camera" | "working" | "enrolled";

/**
 * The desk webcam's preview and a capture button. The frame is read from the <video> by the
 * descriptor code and never drawn, kept or uploaded: only the 128 numbers go to the API.
 */
export function FaceCapture({
  communityId,
  person,
  onEnrolled,
}: {
  communityId: string;
  person: PersonRef;
  onEnrolled: () => Promise<unknown>;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const stage = useSignal<Stage>("starting");
  const problem = useSignal<string | null>(null);
  const error = useSignal<unknown>(null);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    navigator.mediaDevices
      ?.getUserMedia({ video: { width: 640, height: 480, facingMode: "user" }, audio: false })
      .then(async (s) => {
        if (stopped) return s.getTracks().forEach((track) => track.stop());
        stream = s;
        video.current!.srcObject = s;
        await video.current!.play();
        stage.value = "ready";
      })
      .catch(() => (stage.value = "no_camera")) ?? (stage.value = "no_camera");
    // Start loading the face models while staff frame the person.
    void import("@ui/face/face-descriptor").then((m) => m.loadFaceModels()).catch(() => undefined);
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  async function capture() {
    if (!video.current || stage.value !== "ready") return;
    stage.value = "working";
    problem.value = null;
    error.value = null;
    try {
      const { computeDescriptor } = await import("@ui/face/face-descriptor");
      const result = await computeDescriptor(video.current);
      if (!result.ok) {
        problem.value = t(`face.reason.${result.reason}`);
        stage.value = "ready";
        return;
      }
      await enrolFace(communityId, person, result.descriptor);
      stage.value = "enrolled";
      await onEnrolled();
    } catch (err) {
      error.value = err;
      stage.value = "ready";
    }
  }

  return (
    <section aria-labelledby="face-capture-title">
      <h2 id="face-capture-title">{t("face.captureTitle")}</h2>
      <p>{t("face.captureHelp")}</p>
      <video ref={video} class="face-preview" muted playsInline aria-label={t("face.preview")} />
      {stage.value === "no_camera" && (
        <p role="alert" class="error-message">
          {t("face.noCamera")}
        </p>
      )}
      {problem.value && (
        <p role="alert" class="error-message">
          {problem.value}
        </p>
      )}
      {error.value !== null && <ErrorMessage error={error.value} i18n={i18n} />}
      <p role="status" class="status-message">
        {stage.value === "working" ? t("face.working") : stage.value === "enrolled" ? t("face.enrolled") : ""}
      </p>
      <button type="button" disabled={stage.value !== "ready"} onClick={() => void capture()}>
        {t("face.capture")}
      </button>
    </section>
  );
}
