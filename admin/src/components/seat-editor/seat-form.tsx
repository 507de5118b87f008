import { useId } from "preact/hooks";
import { text, useSubmit } from "../../hooks/use-submit";
import { t } from "../../i18n";
import { addSeat, updateSeat, type Seat, type SeatInput } from "../../models/study-room";
import { FormFooter } from "../form-footer/form-footer";
import { Form } from "../form/form";
import { NumberField, TextField } from "../form/fields";
import { CheckField } from "../field/check-field";

const FEATURES = ["power", "window", "quiet"] as const;
const PLACE = [
  { name: "row", label: "study.seatRow" },
  { name: "col", label: "study.seatCol" },
] as const;

/** Staff count rows and columns from 1; the map stores them from 0. */
function seatFrom(data: FormData): SeatInput {
  return {
    label: text(data, "label"),
    row: Number(text(data, "row")) - 1,
    col: Number(text(data, "col")) - 1,
    zone: text(data, "zone"),
    power: data.has("power"),
    window: data.has("window"),
    quiet: data.has("quiet"),
  };
}

type Props = { communityId: string; seat?: Seat; place?: { row: number; col: number }; zones: string[] };

/** A new seat, or one seat's label, place, zone and features; the same fields either way. */
export function SeatForm({ communityId, seat, place, zones }: Props) {
  const zonesId = useId();
  const submit = useSubmit(async (data) => {
    const saved = seat
      ? await updateSeat(communityId, seat.id, seatFrom(data))
      : await addSeat(communityId, seatFrom(data));
    return t(seat ? "study.seatSaved" : "study.seatAdded", { seat: saved.label });
  });
  const at = seat ?? place ?? { row: 0, col: 0 };
  return (
    <Form
      of={submit}
      class="seat-form"
      aria-label={seat ? t("study.editSeatOf", { seat: seat.label }) : t("study.addSeat")}
    >
      <div class="inline-fields">
        <TextField
          label={t("study.seatLabel")}
          hint={t("study.seatLabelHint")}
          name="label"
          maxLength={10}
          value={seat?.label ?? ""}
        />
        {PLACE.map(({ name, label }) => (
          <NumberField key={name} label={t(label)} name={name} min={1} max={50} value={at[name] + 1} />
        ))}
        <TextField
          label={t("study.seatZone")}
          hint={t("study.seatZoneHint")}
          name="zone"
          required={false}
          maxLength={20}
          list={zonesId}
          value={seat?.zone ?? ""}
        />
        <datalist id={zonesId}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      <fieldset class="choice-group">
        <legend>{t("study.seatFeatures")}</legend>
        {FEATURES.map((f) => (
          <CheckField key={f} label={t(`study.feature.${f}`)} name={f} defaultChecked={seat?.[f] ?? false} />
        ))}
      </fieldset>
      <FormFooter {...submit} label={t(seat ? "study.saveSeat" : "study.addSeatButton")} />
    </Form>
  );
}
