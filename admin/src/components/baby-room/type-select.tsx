import { t } from "../../i18n";
import type { BabySetup } from "../../models/baby-room";
import { SelectField } from "../field/select-field";

/** A session's type, chosen among the room's; `choose` starts with an empty "choose a type". */
export function TypeSelect({
  types,
  defaultValue,
  choose = true,
}: {
  types: BabySetup["types"];
  defaultValue?: string | undefined;
  choose?: boolean;
}) {
  return (
    <SelectField
      label={t("baby.setup.type")}
      name="typeId"
      required
      placeholder={choose ? t("baby.setup.chooseType") : undefined}
      defaultValue={defaultValue ?? ""}
      options={types.map((ty) => ({ value: ty.id, label: ty.name }))}
    />
  );
}
