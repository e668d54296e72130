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

// Refuses, before anything is sent, files the portal would refuse for their size or number,
// so a parent's typed message is never lost to an upload that was too large. The server
// checks the same limits whatever this script does.
(function () {
  "use strict";
  var inputs = document.querySelectorAll("input[type=file][data-max-bytes]");
  Array.prototype.forEach.call(inputs, function (input) {
    input.addEventListener("change", function () {
      var maxBytes = Number(input.getAttribute("data-max-bytes"));
      var maxFiles = Number(input.getAttribute("data-max-files"));
      var tooBig = Array.prototype.some.call(input.files, function (file) { return file.size > maxBytes; });
      var message = "";
      if (input.files.length > maxFiles) { message = input.getAttribute("data-too-many"); }
      else if (tooBig) { message = input.getAttribute("data-too-big"); }
      input.setCustomValidity(message);
      if (message) { input.reportValidity(); }
    });
  });
})();
