/* worksheet.js: the worksheet's one script (factlens -f worksheet).  It
   checks the answers against those hidden in the page, clears them, and
   saves them as a small JSON file (see "The answers file" in factlens(1)).
   Nothing is fetched or sent anywhere. */
(function () {
  "use strict";
  var body = document.body, data = body.dataset;
  var cues = data.mode === "cues";
  var qs = [].slice.call(document.querySelectorAll(".q"));
  var labels = ["sourced", "speculation", "opinion", "claim", "other",
    "none"];
  function $(id) { return document.getElementById(id); }
  function words(q) { return [].slice.call(q.querySelectorAll(".w")); }
  function chosen(q) {
    var r = q.querySelector("input:checked");
    return r ? r.value : null;
  }
  function pressed(w) { return w.getAttribute("aria-pressed") === "true"; }
  function said(a) { return a === "none" ? "none of these" : a; }
  function toggle(w) {
    w.setAttribute("aria-pressed", pressed(w) ? "false" : "true");
  }

  body.classList.add("js");
  $("actions").hidden = false;
  $("sheet").addEventListener("submit", function (e) { e.preventDefault(); });

  /* Cues mode: the words of each sentence are toggle buttons, one Tab stop
     per sentence, arrow keys between them (a roving tabindex). */
  if (cues) qs.forEach(function (q) {
    var tx = q.querySelector(".tx"), ws = words(q);
    tx.setAttribute("role", "toolbar");
    tx.setAttribute("aria-label", "Words of sentence " + q.dataset.n +
      ": press those that decided the label");
    ws.forEach(function (w, i) {
      w.setAttribute("role", "button");
      w.setAttribute("aria-pressed", "false");
      w.tabIndex = i ? -1 : 0;
      w.addEventListener("click", function () { toggle(w); });
      w.addEventListener("keydown", function (e) {
        var j = {ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1,
          ArrowUp: i - 1, Home: 0, End: ws.length - 1}[e.key];
        if (e.key === " " || e.key === "Enter") {
          e.preventDefault();
          toggle(w);
        } else if (j !== undefined) {
          e.preventDefault();
          j = Math.max(0, Math.min(ws.length - 1, j));
          w.tabIndex = -1;
          ws[j].tabIndex = 0;
          ws[j].focus();
        }
      });
    });
  });

  function line(ul, text) {
    var li = document.createElement("li");
    li.textContent = text;
    ul.appendChild(li);
  }

  /* The words of q after checking; returns [deciding cue found (0/1),
     deciding cues (0/1), words pressed that are no cue]. */
  function checkWords(q) {
    var why = q.dataset.why, found = 0, extra = 0, ws = words(q);
    ws.forEach(function (w) {
      if (pressed(w) && w.dataset.c === why) found = 1;
    });
    ws.forEach(function (w) {
      var p = pressed(w), c = w.dataset.c;
      w.classList.toggle("hit", p && c !== undefined && c === why);
      w.classList.toggle("extra", p && c === undefined);
      w.classList.toggle("miss", !p && !found && c !== undefined &&
        c === why);
      if (p && c === undefined) extra++;
    });
    if (why !== undefined)
      q.querySelector('li[data-c="' + why + '"] .cs').textContent = found ?
        " \u2713 You found it." : " \u2717 You missed it.";
    return [found, why !== undefined ? 1 : 0, extra];
  }

  $("check").addEventListener("click", function () {
    var right = 0, per = {}, cf = 0, ct = 0, extra = 0, ul = $("found");
    qs.forEach(function (q) {
      var a = q.dataset.a, c = chosen(q), ok = c === a;
      var res = q.querySelector(".res"), w;
      per[a] = per[a] || [0, 0];
      per[a][1]++;
      if (ok) {
        right++;
        per[a][0]++;
      }
      q.classList.toggle("right", ok);
      q.classList.toggle("wrong", !ok);
      res.textContent = ok ? "\u2713 Right." : c ?
        "\u2717 Not right: you chose " + said(c) + "." :
        "\u2717 Not answered.";
      if (cues) {
        w = checkWords(q);
        cf += w[0];
        ct += w[1];
        extra += w[2];
      }
      q.querySelector(".fb").hidden = false;
    });
    body.classList.add("show");
    $("score").textContent = "You got " + right + " of " + qs.length +
      " right" + (qs.length ? " (" + Math.round(100 * right / qs.length) +
      "%)." : ".");
    ul.textContent = "";
    labels.forEach(function (a) {
      if (per[a])
        line(ul, "You found " + per[a][0] + " of " + per[a][1] + " " +
          (a === "none" ? "sentences with none of these labels" :
          a + " sentence" + (per[a][1] === 1 ? "" : "s")) + ".");
    });
    if (cues) {
      line(ul, "You found " + cf + " of " + ct +
        " cues that decided a label.");
      if (extra)
        line(ul, extra + " word" + (extra === 1 ? "" : "s") +
          " you marked " + (extra === 1 ? "is" : "are") + " not a cue.");
    }
    $("result").hidden = false;
    $("result").focus();
  });

  $("again").addEventListener("click", function () {
    qs.forEach(function (q) {
      [].forEach.call(q.querySelectorAll("input"), function (r) {
        r.checked = false;
      });
      words(q).forEach(function (w) {
        w.setAttribute("aria-pressed", "false");
        w.classList.remove("hit", "miss", "extra");
      });
      [].forEach.call(q.querySelectorAll(".cs"), function (s) {
        s.textContent = "";
      });
      q.classList.remove("right", "wrong");
      q.querySelector(".fb").hidden = true;
    });
    body.classList.remove("show");
    $("result").hidden = true;
    $("msg").textContent = "Answers cleared.";
    if (qs.length) qs[0].querySelector("input").focus();
  });

  $("save").addEventListener("click", function () {
    var who = $("student").value.trim(), a, blob, file;
    if (!who) {
      $("msg").textContent = "Type your name first, then save.";
      $("student").focus();
      return;
    }
    file = "answers-" + (who.replace(/[^\p{L}\p{N}_-]+/gu, "-") ||
      "student") + ".json";
    blob = new Blob([JSON.stringify({
      format: "factlens-answers",
      version: 1,
      student: who,
      document: data.doc,
      fingerprint: data.fp,
      mode: data.mode,
      choices: data.choices.split(" "),
      saved: new Date().toISOString(),
      answers: qs.map(function (q) {
        var o = {sentence: +q.dataset.n, label: chosen(q)};
        if (cues)
          o.words = words(q).reduce(function (v, w, i) {
            if (pressed(w)) v.push(i + 1);
            return v;
          }, []);
        return o;
      })
    }, null, 1) + "\n"], {type: "application/json"});
    a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = file;
    body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
    $("msg").textContent = "Saved as " + file + ". Hand that file in.";
  });
}());
