import type * as FaceApi from "@vladmandic/face-api";

export type FaceInput = HTMLVideoElement | HTMLCanvasElement | HTMLImageElement;
export type NoDescriptorReason = "no_face" | "several_faces";
export type DescriptorResult = { ok: true; descriptor: number[] } | { ok: false; reason: NoDescriptorReason };

// The parts of tfjs that face-api bundles but does not declare in its types.
type TfBackends = {
  setWasmPaths(prefix: string): void;
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
};

/** Served by kiosk/face-assets.ts under the app's base: /kiosk/face/ (or /admin/face/). */
export const faceAssetsUrl = `${import.meta.env.BASE_URL}face/`;

// SSD MobileNet rather than the tiny detector: on face-api's sample photos it counts every face
// right (the tiny one misses some, invents others and loses faces close to the camera), and
// "exactly one face" is a safety rule. It costs ~5.6 MB more and a few hundred ms per tap.

// Weaker detections are mostly posters and reflections. Any face above it counts, so a
// passer-by behind the person makes "several_faces" rather than a guess about who is meant.
const MIN_DETECTION_SCORE = 0.5;

let loading: Promise<typeof FaceApi> | undefined;

/** Loads face-api, the WASM backend and the three nets once; later calls share the promise. */
export function loadFaceModels(): Promise<typeof FaceApi> {
  loading ??= loadOnce().catch((error: unknown) => {
    loading = undefined; // a failed download may succeed on the next tap
    throw error;
  });
  return loading;
}

async function loadOnce() {
  const faceapi = await import("@vladmandic/face-api");
  const tf = faceapi.tf as unknown as TfBackends;
  tf.setWasmPaths(faceAssetsUrl);
  // Never fall back to tfjs's pure-JS CPU backend: it takes seconds per face on a kiosk.
  if (!(await tf.setBackend("wasm"))) throw new Error("The WASM backend for face descriptors failed to start");
  await tf.ready();
  const models = `${faceAssetsUrl}models/`;
  await Promise.all([
    faceapi.nets.ssdMobilenetv1.loadFromUri(models),
    faceapi.nets.faceLandmark68Net.loadFromUri(models),
    faceapi.nets.faceRecognitionNet.loadFromUri(models),
  ]);
  return faceapi;
}

/**
 * The 128-number descriptor of the one face in `input`, or why there is none. The image
 * itself never leaves this function; only the descriptor is ever sent to the API.
 */
export async function computeDescriptor(input: FaceInput): Promise<DescriptorResult> {
  const faceapi = await loadFaceModels();
  const options = new faceapi.SsdMobilenetv1Options({ minConfidence: MIN_DETECTION_SCORE });
  const faces = await faceapi.detectAllFaces(input, options).withFaceLandmarks();
  if (faces.length === 0) return { ok: false, reason: "no_face" };
  if (faces.length > 1) return { ok: false, reason: "several_faces" };
  // Aligned on the landmarks, as face-api's own withFaceDescriptor() does, without detecting twice.
  const [face] = await faceapi.extractFaces(input, [faces[0]!.alignedRect]);
  const descriptor = (await faceapi.computeFaceDescriptor(face!)) as Float32Array;
  return { ok: true, descriptor: Array.from(descriptor) };
}
