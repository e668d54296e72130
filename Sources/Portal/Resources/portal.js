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

// Reloads a video visit's page when its room opens, so the Join button appears without a
// click; without this script the page says when to reload.
(function () {
  "use strict";
  var countdown = document.getElementById("join-countdown");
  if (!countdown) { return; }
  var wait = Number(countdown.getAttribute("data-opens-at")) - Date.now();
  if (wait > 0 && wait < 12 * 60 * 60 * 1000) {
    window.setTimeout(function () { window.location.reload(); }, wait + 1000);
  }
})();

// The camera and microphone check: shows the picture and a sound level on this device
// only. Nothing is recorded or sent.
(function () {
  "use strict";
  var box = document.getElementById("video-check");
  if (!box || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { return; }
  box.hidden = false;
  var noScript = document.getElementById("video-check-no-script");
  if (noScript) { noScript.hidden = true; }
  var status = document.getElementById("video-check-status");
  document.getElementById("video-check-start").addEventListener("click", function () {
    navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(function (stream) {
      var video = document.getElementById("video-check-preview");
      video.srcObject = stream;
      video.muted = true;
      video.play();
      status.textContent = box.getAttribute("data-working");
      var AudioContext = window.AudioContext || window.webkitAudioContext;
      if (!AudioContext) { return; }
      var context = new AudioContext();
      var analyser = context.createAnalyser();
      context.createMediaStreamSource(stream).connect(analyser);
      var samples = new Uint8Array(analyser.fftSize);
      var meter = document.getElementById("video-check-level");
      (function measure() {
        analyser.getByteTimeDomainData(samples);
        var peak = 0;
        for (var i = 0; i < samples.length; i++) { peak = Math.max(peak, Math.abs(samples[i] - 128)); }
        meter.value = Math.min(100, Math.round(peak * 100 / 128));
        window.requestAnimationFrame(measure);
      })();
    }).catch(function () { status.textContent = box.getAttribute("data-denied"); });
  });
})();
