import { render } from "preact";
import { App } from "./app";
import "./styles/admin.css";
import "./styles/canteen.css";

render(<App />, document.getElementById("app")!);
