/* Glossary terms marked in a lesson. Their definition shows on hover and on keyboard focus with CSS alone;
   this adds what CSS cannot: a first tap that opens it on a touch screen (a second tap follows the link to
   the glossary), and Escape to dismiss it without moving the pointer or the focus (WCAG 1.4.13). */
(function () {
  "use strict";

  var lastPointer = "mouse";

  function closeAll(except) {
    document.querySelectorAll(".gloss--open").forEach(function (term) {
      if (term !== except) {
        term.classList.remove("gloss--open");
        term.querySelector(".gloss__term").setAttribute("aria-expanded", "false");
      }
    });
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType;
    if (!event.target.closest(".gloss")) {
      closeAll(null);
    }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest(".gloss__term");
    if (!link || lastPointer !== "touch") {
      return;
    }
    var term = link.closest(".gloss");
    if (!term.classList.contains("gloss--open")) {
      event.preventDefault();
      closeAll(term);
      term.classList.remove("gloss--dismissed");
      term.classList.add("gloss--open");
      link.setAttribute("aria-expanded", "true");
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closeAll(null);
      document.querySelectorAll(".gloss").forEach(function (term) {
        term.classList.add("gloss--dismissed");
      });
    }
  });

  // Dismissed until the pointer or the focus moves on, then shown again on the next hover or focus.
  ["mouseleave", "focusout"].forEach(function (type) {
    document.addEventListener(
      type,
      function (event) {
        var term = event.target.closest && event.target.closest(".gloss");
        if (term) {
          term.classList.remove("gloss--dismissed");
        }
      },
      true
    );
  });
})();
