import { render } from "preact";
import "../styles/base.css";
import { PhonePassPage } from "./phone-pass-page";
import "./phone-pass.css";
import { adoptKeyFromUrl, storedKey } from "./stored-key";

adoptKeyFromUrl();
render(<PhonePassPage passKey={storedKey()} />, document.getElementById("app")!);
