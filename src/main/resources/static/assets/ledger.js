// Progressive enhancement only: every page works without this script.
import { initAll } from "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
