import { StationAmenities } from "../components/station-amenities/station-amenities";
import { welcome } from "../models/welcome";
import { paths } from "../paths";
import { dt } from "../station/i18n";

/**
 * The station's page at a kiosk: its amenities in words and drawings and, at the station's own
 * kiosks (where a registration is taken), the way for a new rider to register.
 */
export function StationExtras({ facilityId }: { facilityId: string }) {
  const here = welcome.data.value?.kiosk.facilityId === facilityId;
  return (
    <>
      <StationAmenities />
      {here && (
        <a class="big-button primary wide" href={paths.stationRegister}>
          {dt("door.register")}
        </a>
      )}
    </>
  );
}
