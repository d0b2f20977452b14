// Runs before the app bundle so the first paint already has the user's theme.
// Keep the storage key and logic in step with src/theme/theme.ts.
(function () {
  var theme = "system";
  try {
    theme = window.localStorage.getItem("copilot_theme") || "system";
  } catch (e) {
    /* storage disabled: follow the system */
  }
  var dark =
    theme === "dark" ||
    (theme !== "light" && window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.style.colorScheme = dark ? "dark" : "light";
})();
