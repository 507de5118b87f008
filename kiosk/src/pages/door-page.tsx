import { useSignal, useSignalEffect } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { locale } from "../i18n";
import { startQrCamera } from "../identify/qr-camera";
import { listenToUsbScanner } from "../identify/usb-scanner";
import { doorDirection, doorState, type DoorState, loadOccupancy, passDoor, passDoorByFace, sos } from "../models/door";
import { paths } from "../paths";
import { StationAmenities } from "../components/station-amenities/station-amenities";
import { speak } from "../models/speech";
import { type Welcome, welcome } from "../models/welcome";
import { stationZhCN } from "../messages/station-zh-cn";
import { type DoorKey, dt } from "../station/i18n";
import "../identify/identify-panel.css";
import "./door-page.css";

type Door = NonNullable<Welcome["kiosk"]["door"]>;
type Zone = { zone: string; inside: number; capacity: number; womenOnly: boolean };

/**
 * A kiosk beside a station door: a rider holds up a pass (camera or USB scanner) and the door
 * opens with no tap, or taps "face" where faces may be used: never at the women's door and never
 * at a pass-only kiosk (no camera for faces there, PRODUCT.md), where the button is not shown.
 * A kiosk for both ways shows two big buttons to choose going out; a new rider can register.
 */
export function DoorPage({ door }: { door: Door }) {
  const video = useRef<HTMLVideoElement>(null);
  const cameraFailed = useSignal(false);
  const sosSent = useSignal(false);
  const zones = useSignal<Zone[]>([]);

  useEffect(() => {
    const stopCamera = startQrCamera({
      video: video.current!,
      onCode: (code) => void passDoor(code),
      onError: () => (cameraFailed.value = true),
    });
    const stopScanner = listenToUsbScanner((code) => void passDoor(code));
    const refresh = () =>
      loadOccupancy()
        .then((o) => (zones.value = o.zones))
        .catch(() => undefined);
    void refresh();
    const timer = setInterval(refresh, 15_000);
    return () => {
      stopCamera();
      stopScanner();
      clearInterval(timer);
    };
  }, []);

  useSignalEffect(() => {
    const text = stateText(doorState.value);
    if (text) speak(text, locale.peek());
    if (doorState.value.kind === "answered")
      void loadOccupancy()
        .then((o) => (zones.value = o.zones))
        .catch(() => undefined);
  });

  const state = doorState.value;
  const zone = zones.value.find((z) => z.womenOnly === door.womenOnly);
  const faceOffered = !door.womenOnly && !welcome.data.value?.kiosk.passOnly && !cameraFailed.value;
  const busy = state.kind === "checking" || state.kind === "face";
  return (
    <section class="door-page is-door" aria-labelledby="door-title">
      <h1 id="door-title">{dt("door.title", { door: door.name })}</h1>
      {zone && <p class="door-occupancy">{dt("door.occupancy", { inside: zone.inside, capacity: zone.capacity })}</p>}
      {door.direction === "both" && (
        <div class="door-directions" role="group">
          {(["in", "out"] as const).map((d) => (
            <button
              key={d}
              type="button"
              class={`big-button${doorDirection.value === d ? " primary" : ""}`}
              aria-pressed={doorDirection.value === d}
              onClick={() => (doorDirection.value = d)}
            >
              {dt(d === "in" ? "door.in" : "door.out")}
            </button>
          ))}
        </div>
      )}
      <p class="door-prompt">{dt(door.womenOnly ? "door.promptWomen" : "door.prompt")}</p>
      <div class="identify-camera door-camera">
        <video ref={video} muted playsInline aria-label={dt("door.prompt")} />
        <div class="identify-frame" aria-hidden="true" />
      </div>
      <p
        class={`door-feedback is-${stateKind(state)}`}
        role="status"
        aria-live="assertive"
        data-state={state.kind === "answered" ? state.answer.state : state.kind}
      >
        {stateText(state) || (cameraFailed.value ? dt("door.cameraUnavailable") : "")}
      </p>
      <div class="door-actions">
        {faceOffered && (
          <button
            type="button"
            class="big-button primary door-face"
            disabled={busy}
            onClick={() => void passDoorByFace(video.current!)}
          >
            <span aria-hidden="true">☺</span> {dt("door.face")}
          </button>
        )}
        {door.direction !== "exit" && (
          <a class="big-button door-register" href={paths.stationRegister}>
            {dt("door.register")}
          </a>
        )}
        <button
          type="button"
          class="big-button door-sos"
          onClick={() =>
            void sos()
              .then(() => (sosSent.value = true))
              .catch(() => undefined)
          }
        >
          {sosSent.value ? dt("door.sosSent") : dt("door.sos")}
        </button>
      </div>
      <StationAmenities />
    </section>
  );
}

const stateKind = (s: DoorState) =>
  s.kind === "answered" ? (s.answer.state === "opened" ? "opened" : "not-opened") : s.kind;

function stateText(s: DoorState): string {
  if (s.kind === "checking") return dt("door.checking");
  if (s.kind === "face") return dt(s.step === "loading" ? "door.faceLoading" : "door.faceHint");
  if (s.kind === "refused") {
    const key = s.code.startsWith("face.") ? `door.${s.code}` : `door.refused.${s.code}`;
    return dt(key in stationZhCN ? (key as DoorKey) : "door.refused.NOT_RECOGNISED");
  }
  if (s.kind !== "answered") return "";
  const a = s.answer;
  if (a.state === "opened") return dt(a.direction === "in" ? "door.opened.in" : "door.opened.out", { name: a.name });
  if (a.state === "full") return dt("door.full", { inside: a.inside, capacity: a.capacity, waiting: a.waiting });
  return dt("door.failed");
}
