/*
 * Crossings embed helper. Include once on a page that embeds Crossings:
 *   <iframe src="https://…/?mode=embed" … data-crossings></iframe>
 *   <script src="https://…/embed.js" async></script>
 *
 * Each Crossings embed posts { type: "crossings:height", height } to its parent
 * whenever its content height changes. This script sets the height of the
 * iframe that sent it, and nothing else: a message counts only if it comes from
 * the window inside one of the page's iframe[data-crossings], from that
 * iframe's origin, with a finite positive height. No dependencies, ES5, no eval.
 */
(function () {
  "use strict";
  if (window.crossingsEmbed) return; // included twice: the first copy already listens

  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 20000;

  /** The height to set (whole px, clamped), or null when the message is not a height. */
  function heightOf(data) {
    if (!data || typeof data !== "object" || data.type !== "crossings:height") return null;
    var h = data.height;
    if (typeof h !== "number" || !isFinite(h) || h <= 0) return null;
    return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, h)));
  }

  /** "https://host:port" of an iframe's src, resolved against this page. */
  function originOf(src) {
    var a = document.createElement("a");
    a.href = src;
    return a.origin || a.protocol + "//" + a.host;
  }

  // Queried on every message, so iframes added after this script ran are found too.
  function frames() {
    return document.querySelectorAll("iframe[data-crossings]");
  }

  /** The Crossings iframe whose window sent the event, or null. */
  function senderOf(event) {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow && frame.contentWindow === event.source) {
        return event.origin === originOf(frame.src) ? frame : null;
      }
    }
    return null;
  }

  function onMessage(event) {
    var height = heightOf(event.data);
    if (height === null) return;
    var frame = senderOf(event);
    if (frame) frame.style.height = height + "px";
  }

  window.addEventListener("message", onMessage, false);

  // Frames that loaded before this script spoke to no one: ask them to say their
  // height again. The request carries no data, so any origin may receive it (a
  // frame still on about:blank simply drops it, and speaks once it loads).
  var list = frames();
  for (var i = 0; i < list.length; i++) {
    if (list[i].contentWindow) list[i].contentWindow.postMessage({ type: "crossings:measure" }, "*");
  }

  window.crossingsEmbed = { version: 1, heightOf: heightOf };
})();
