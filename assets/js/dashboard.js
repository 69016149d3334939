// ticketbox dashboard: small conveniences on top of pages that work without JavaScript.
// Loaded as a file (the Content-Security-Policy allows no inline script).
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Forms that destroy something ask first.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }

  // Colour bars of embed previews (style attributes in markup are not allowed by the CSP).
  const paint = (embed, colour) => {
    if (/^#[0-9a-fA-F]{6}$/.test(colour)) embed.style.borderLeftColor = colour;
  };
  for (const embed of document.querySelectorAll(".embed[data-colour], .e[data-colour]")) {
    paint(embed, embed.dataset.colour);
  }
  // Label chips: a dot in the label's colour.
  for (const chip of document.querySelectorAll(".label-chip[data-colour]")) {
    if (/^#[0-9a-fA-F]{6}$/.test(chip.dataset.colour)) {
      chip.style.setProperty("--chip", chip.dataset.colour);
    }
  }

  // The panel editor's live preview.
  const form = document.getElementById("panel-form");
  if (form) {
    const embed = document.querySelector(".preview .embed");
    const title = document.getElementById("preview-title");
    const content = document.getElementById("preview-content");
    const button = document.getElementById("preview-button");
    const emoji = form.elements.namedItem("button_emoji");
    const update = () => {
      title.textContent = form.elements.namedItem("title").value;
      content.textContent = form.elements.namedItem("content").value;
      const label = form.elements.namedItem("button_label").value;
      button.textContent = (emoji.value ? emoji.value + " " : "") + label;
      button.className = "dbutton " + form.elements.namedItem("button_style").value;
      paint(embed, form.elements.namedItem("colour").value);
    };
    form.addEventListener("input", update);
    form.addEventListener("change", update);
  }
});
