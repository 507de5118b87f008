import { ResourceView, useWatch } from "../components/resource-view/resource-view";
import { SeatEditor } from "../components/seat-editor/seat-editor";
import { StudyFrame } from "../components/study-frame/study-frame";
import { Closures } from "../components/study-schedule/closures";
import { HoursForm } from "../components/study-schedule/hours-form";
import { RulesForm } from "../components/study-schedule/rules-form";
import { t } from "../i18n";
import { studySetup } from "../models/study-room";

export function StudySetupPage() {
  useWatch(studySetup);
  return (
    <StudyFrame title={t("study.setup.title")}>
      {(id) => (
        <ResourceView of={studySetup}>
          {(setup) => (
            <>
              <p class="field-hint">{t("study.timeZone", { zone: setup.timeZone })}</p>
              <section aria-labelledby="seats-title">
                <h2 id="seats-title">{t("study.seats", { count: setup.seats.length })}</h2>
                <SeatEditor communityId={id} seats={setup.seats} />
              </section>
              <HoursForm communityId={id} hours={setup.hours} />
              <Closures communityId={id} closures={setup.closures} />
              <RulesForm communityId={id} policy={setup.policy} />
            </>
          )}
        </ResourceView>
      )}
    </StudyFrame>
  );
}
