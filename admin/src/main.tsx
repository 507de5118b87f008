import { render } from "preact";
import { App } from "./app";
import "./styles/admin.css";
import "./styles/forms.css";

render(<App />, document.getElementById("app")!);
