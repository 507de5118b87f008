import type { ComponentChildren } from "preact";
import { mayOperate } from "../../models/operations";
import { may } from "../../models/permissions";
import { CommunityPage } from "../community-page/community-page";
import { OpsNav } from "./ops-nav";
import "./operations.css";

/** Whether the signed-in staff run facilities of this kind: only they change their capacity or close them. */
export const mayRun = (kind: string) =>
  ({
    canteen: may.canteen.value,
    study_room: may.studyRoom.value,
    station: may.station.value,
    baby_room: may.babyRoom.value,
  })[kind] ?? false;

type Props = { path: string; title: string; children: (communityId: string) => ComponentChildren };

/** One of the operations pages: for the staff who run a facility, with the links between the pages. */
export function OpsPage({ path, title, children }: Props) {
  return (
    <CommunityPage allowed={mayOperate.value} title={title}>
      {(id) => (
        <>
          <OpsNav current={path} />
          {children(id)}
        </>
      )}
    </CommunityPage>
  );
}
