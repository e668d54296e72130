// Warns two minutes before the idle sign-out. Everything works without this script: the
// footer says when idle sign-out happens, and the server enforces it either way.
(function () {
  "use strict";
  var minutes = Number(document.body.getAttribute("data-idle-minutes"));
  var warning = document.getElementById("idle-warning");
  if (!minutes || !warning) { return; }
  var leadMs = 2 * 60 * 1000;
  var idleMs = minutes * 60 * 1000;
  window.setTimeout(function () {
    warning.hidden = false;
    var button = warning.querySelector("button");
    if (button) { button.focus(); }
  }, Math.max(0, idleMs - leadMs));
  window.setTimeout(function () { window.location.reload(); }, idleMs + 1000);
})();

// A print button where the page offers one; without this script the page says to use the
// browser's Print command.
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-print]");
  Array.prototype.forEach.call(buttons, function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
