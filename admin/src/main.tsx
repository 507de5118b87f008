import { render } from "preact";
import { App } from "./app";
import "./styles/admin.css";

render(<App />, document.getElementById("app")!);
