// Forwarding pages (src/pages/[...forward].astro) load this before anything else. A meta refresh drops the
// #section of a link already sent in an email; this carries it to the new address. Without JavaScript the page's
// <noscript> refresh still forwards, to the top of the page.
(function () {
  var target = document.currentScript && document.currentScript.getAttribute('data-to');
  if (!target) return;
  var hasOwnSection = target.indexOf('#') !== -1;
  location.replace(hasOwnSection || !location.hash ? target : target + location.hash);
})();
