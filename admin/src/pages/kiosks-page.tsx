import { useEffect } from "preact/hooks";
import { CommunityPicker } from "../components/community-picker/community-picker";
import { KioskForm } from "../components/kiosks/kiosk-form";
import { KioskTable } from "../components/kiosks/kiosk-table";
import { ResourceView } from "../components/resource-view/resource-view";
import { t } from "../i18n";
import { community, communityId, facilities } from "../models/community";
import { kiosks } from "../models/kiosks";
import { may } from "../models/permissions";

// Last contact is only useful if it is fresh: read the list again while the page is open.
const REFRESH_MS = 30_000;

export function KiosksPage() {
  useEffect(() => {
    const stop = kiosks.watch();
    const timer = setInterval(() => void kiosks.reload(), REFRESH_MS);
    return () => (stop(), clearInterval(timer));
  }, []);
  if (!may.kiosks.value) return <p role="alert">{t("app.notAllowed")}</p>;
  const id = communityId.value;
  if (!id) return <CommunityPicker />;
  return (
    <>
      <h1>{t("kiosks.title")}</h1>
      <section aria-labelledby="kiosk-list-title">
        <h2 id="kiosk-list-title">{t("kiosks.list")}</h2>
        <ResourceView of={kiosks}>{(list) => <KioskTable communityId={id} kiosks={list} />}</ResourceView>
      </section>
      <section aria-labelledby="kiosk-add-title">
        <h2 id="kiosk-add-title">{t("kiosks.add")}</h2>
        <p>{t("kiosks.addHelp")}</p>
        <ResourceView of={facilities}>
          {(list) => (
            <KioskForm
              communityId={id}
              facilities={list}
              timeZone={community.value?.timeZone ?? "Asia/Shanghai"}
              labelledBy="kiosk-add-title"
            />
          )}
        </ResourceView>
      </section>
    </>
  );
}
