import { useEffect } from "preact/hooks";
import { CommunityPage } from "../components/community-page/community-page";
import { KioskForm } from "../components/kiosks/kiosk-form";
import { KioskTable } from "../components/kiosks/kiosk-table";
import { ResourceView } from "../components/resource-view/resource-view";
import { TitledSection } from "../components/titled-section/titled-section";
import { t } from "../i18n";
import { community, facilities } from "../models/community";
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
  return (
    <CommunityPage allowed={may.kiosks.value} title={t("kiosks.title")}>
      {(id) => (
        <>
          <TitledSection id="kiosk-list-title" title={t("kiosks.list")}>
            <ResourceView of={kiosks}>{(list) => <KioskTable communityId={id} kiosks={list} />}</ResourceView>
          </TitledSection>
          <TitledSection id="kiosk-add-title" title={t("kiosks.add")}>
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
          </TitledSection>
        </>
      )}
    </CommunityPage>
  );
}
