import { render } from "preact";
import { App } from "./app";
import { adoptTokenFromUrl } from "./models/device";
import { watchActivity } from "./models/inactivity";
import "./styles/base.css";
import "./pages/pages.css";

adoptTokenFromUrl();
watchActivity();
render(<App />, document.getElementById("app")!);
