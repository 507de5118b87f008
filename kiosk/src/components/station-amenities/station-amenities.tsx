import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { LineIcon } from "@ui/line-icon";
import { loadAmenities } from "../../models/door";
import { type DoorKey, dt } from "../../station/i18n";
import "./station-amenities.css";

type Amenity = Awaited<ReturnType<typeof loadAmenities>>["amenities"][number];

// Line drawings on a 48 grid, beside the words: a fridge, a microwave, a plug with its bolt, a
// drop of water, a first-aid cross, a dot for anything else.
const drawings: Record<Amenity["kind"], string> = {
  fridge: "M14 4h20v40H14zM14 18h20M19 10v4M19 24v6",
  microwave: "M4 10h40v28H4zM9 15h24v18H9zM38 16v2M38 24v2M38 32v2",
  charging: "M26 4 12 27h11l-3 17 16-25H25z",
  water: "M24 5C18 15 12 22 12 30a12 12 0 0 0 24 0c0-8-6-15-12-25z",
  first_aid: "M6 12h36v28H6zM24 18v16M16 26h16M18 12V7h12v5",
  other: "M24 20a4 4 0 1 0 0 8 4 4 0 1 0 0-8z",
};

/** What the station offers, each in words and a drawing, in the order its keeper set. */
export function StationAmenities() {
  const amenities = useSignal<Amenity[]>([]);
  useEffect(() => {
    void loadAmenities()
      .then((a) => (amenities.value = a.amenities))
      .catch(() => undefined);
  }, []);
  if (amenities.value.length === 0) return null;
  return (
    <section class="station-amenities" aria-labelledby="station-amenities">
      <h2 id="station-amenities">{dt("door.amenities")}</h2>
      <ul>
        {amenities.value.map((a) => (
          <li key={a.kind + a.label} data-kind={a.kind}>
            <LineIcon grid={48} size={44} strokeWidth={3}>
              <path d={drawings[a.kind]} />
            </LineIcon>
            <span>
              {a.label}
              {a.label !== dt(`amenity.${a.kind}` as DoorKey) && (
                <span class="station-amenity-kind"> · {dt(`amenity.${a.kind}` as DoorKey)}</span>
              )}
              {a.note && <span class="station-amenity-note"> ({a.note})</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
