import { useSignal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { ResourceView } from "../components/resource-view/resource-view";
import { AmenitiesForm } from "../components/station/amenities-form";
import { CourierReviewForm, RemoteOpenForm } from "../components/station/remote-open";
import { StationDoors } from "../components/station/station-doors";
import { StationReport } from "../components/station/station-report";
import { t } from "../i18n";
import { community, communityId } from "../models/community";
import { may } from "../models/permissions";
import { amenities, occupancy, pendingCouriers, stationCouriers, stationDoors, verifyCourier } from "../models/station";

type Key = Parameters<typeof t>[0];
const LIVE_EVERY_MS = 5000;

/**
 * The keeper's page: how full the station is and who is inside, registrations to verify, a door
 * opened for a named rider (with the reason), riders verified, suspended or reinstated, the doors
 * and their relays, the amenities, then showers, couriers and the reports.
 */
export function StationPage() {
  useEffect(() => {
    const stop = [
      occupancy.watch(),
      pendingCouriers.watch(),
      stationDoors.watch(),
      stationCouriers.watch(),
      amenities.watch(),
    ];
    const timer = setInterval(() => void occupancy.reload(), LIVE_EVERY_MS);
    return () => {
      for (const s of stop) s();
      clearInterval(timer);
    };
  }, []);
  if (!may.station.value) return <p role="alert">{t("app.notAllowed")}</p>;
  if (!communityId.value) return <CommunityPicker />;
  const zone = community.value?.timeZone ?? "Asia/Shanghai";
  const time = (iso: string) => new Date(iso).toLocaleTimeString("zh-CN", { timeZone: zone, hour12: false });
  return (
    <>
      <h1>{t("station.title")}</h1>
      <section aria-labelledby="station-live">
        <h2 id="station-live">{t("station.live")}</h2>
        <ResourceView of={occupancy}>
          {(o) => (
            <>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("station.zone")}</th>
                    <th scope="col">{t("station.inside")}</th>
                    <th scope="col">{t("station.capacity")}</th>
                    <th scope="col">{t("station.waiting")}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.zones.map((z) => (
                    <tr key={z.zone} data-zone={z.zone === "station" ? "station" : "area"}>
                      <th scope="row">
                        {z.label}
                        {z.womenOnly && ` · ${t("station.womenOnly")}`}
                      </th>
                      <td data-testid={z.zone === "station" ? "station-inside" : undefined}>{z.inside}</td>
                      <td>{z.capacity}</td>
                      <td>{z.waiting}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>{t("station.people")}</h3>
              {o.zones.every((z) => z.people.length === 0) ? (
                <p>{t("station.nobody")}</p>
              ) : (
                <ul>
                  {o.zones.flatMap((z) =>
                    z.people.map((p) => (
                      <li key={`${z.zone}:${p.courierId}`}>
                        {p.name} · {t(`station.platform.${p.platform}` as Key)} · {z.label} · {t("station.enteredAt")}{" "}
                        {time(p.enteredAt)}
                      </li>
                    )),
                  )}
                </ul>
              )}
            </>
          )}
        </ResourceView>
      </section>
      <section aria-labelledby="station-pending">
        <h2 id="station-pending">{t("station.pending")}</h2>
        <ResourceView of={pendingCouriers}>
          {(list) => (list.length === 0 ? <p>{t("station.noPending")}</p> : <PendingList list={list} />)}
        </ResourceView>
      </section>
      <RemoteOpenForm />
      <CourierReviewForm />
      <StationDoors />
      <AmenitiesForm />
      <StationReport timeZone={zone} />
    </>
  );
}

type Pending = NonNullable<typeof pendingCouriers.data.value>[number];

function PendingList({ list }: { list: Pending[] }) {
  const done = useSignal<string | null>(null);
  return (
    <>
      {done.value && <p role="status">{done.value}</p>}
      <ul>
        {list.map((c) => (
          <li key={c.id}>
            {c.name} · {c.phone} · {t(`station.platform.${c.platform}` as Key)}{" "}
            <button
              type="button"
              onClick={() =>
                void verifyCourier(c.id, t("station.verifyReason")).then(() => {
                  done.value = t("station.verified", { name: c.name });
                  void pendingCouriers.reload();
                })
              }
            >
              {t("station.verify")}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
