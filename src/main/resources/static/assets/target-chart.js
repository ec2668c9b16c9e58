// Progressive enhancement of a target page: draws its readings table as a chart (uPlot). The table stays the source
// of the data (its rows' data- attributes) and what readers without JavaScript or with a screen reader get.
(function () {
  "use strict";
  var container = document.getElementById("readings-chart");
  if (!container || typeof uPlot === "undefined") {
    return;
  }
  var table = document.getElementById(container.dataset.table);
  if (!table || !table.tBodies.length) {
    return;
  }

  function day(iso) {
    return iso ? Date.parse(iso + "T00:00:00Z") / 1000 : null;
  }
  function num(text) {
    return text === undefined || text === null || text === "" ? null : Number(text);
  }

  var rows = Array.prototype.slice.call(table.tBodies[0].rows).map(function (row) {
    return {
      x: day(row.dataset.periodEnd),
      latest: num(row.dataset.latest),
      values: (row.dataset.values || "").split(" ").filter(Boolean).map(Number)
    };
  }).filter(function (row) { return row.x !== null; });
  if (!rows.length) {
    return;
  }

  var baselineX = day(container.dataset.baselineDate);
  var deadlineX = day(container.dataset.deadline);
  var baseline = num(container.dataset.baselineValue);
  var goal = num(container.dataset.goal);
  var trajectory = baselineX !== null && deadlineX !== null && baseline !== null && goal !== null;

  // the target as first set, when it was revised since: its own trajectory, dotted
  var originalBaselineX = day(container.dataset.originalBaselineDate);
  var originalDeadlineX = day(container.dataset.originalDeadline);
  var originalBaseline = num(container.dataset.originalBaselineValue);
  var originalGoal = num(container.dataset.originalGoal);
  var original = originalBaselineX !== null && originalDeadlineX !== null && originalBaseline !== null
    && originalGoal !== null;

  // x: every period end, and the two ends of each trajectory
  var xs = rows.map(function (row) { return row.x; });
  if (trajectory) {
    xs.push(baselineX, deadlineX);
  }
  if (original) {
    xs.push(originalBaselineX, originalDeadlineX);
  }
  xs = xs.filter(function (x, i) { return xs.indexOf(x) === i; }).sort(function (a, b) { return a - b; });
  var byX = {};
  rows.forEach(function (row) { byX[row.x] = row; });
  var vintages = rows.reduce(function (max, row) { return Math.max(max, row.values.length); }, 0);

  var data = [xs];
  var series = [{}];
  var palette = ["#d4351c", "#912b88", "#00703c", "#5694ca", "#b58840"];
  if (trajectory) {
    data.push(xs.map(function (x) { return x === baselineX ? baseline : x === deadlineX ? goal : null; }));
    series.push({ label: "Trajectory to the goal", stroke: "#505a5f", width: 2, dash: [8, 6], spanGaps: true,
      points: { show: true, size: 6 } });
  }
  if (original) {
    data.push(xs.map(function (x) {
      return x === originalBaselineX ? originalBaseline : x === originalDeadlineX ? originalGoal : null;
    }));
    series.push({ label: "Trajectory to the goal as first set", stroke: "#6f777b", width: 2, dash: [2, 4],
      spanGaps: true, points: { show: true, size: 6 } });
  }
  data.push(xs.map(function (x) { return byX[x] ? byX[x].latest : null; }));
  series.push({ label: "Latest value", stroke: "#1d70b8", width: 3, points: { show: true, size: 6 } });
  for (var k = 0; k < vintages && vintages > 1; k++) {
    (function (k) {
      data.push(xs.map(function (x) {
        var row = byX[x];
        return row && row.values.length > 1 && k < row.values.length ? row.values[k] : null;
      }));
      series.push({
        label: k === 0 ? "First published" : "Revision " + k,
        stroke: palette[k % palette.length],
        width: 0,
        paths: function () { return null; },
        points: { show: true, size: 9, width: 2, fill: "#ffffff" }
      });
    })(k);
  }

  var unit = container.dataset.unit || "";
  container.setAttribute("role", "img");
  container.setAttribute("aria-label", container.dataset.description || "Chart of the readings in the table below");

  function width() {
    return Math.max(280, Math.min(960, container.clientWidth || 640));
  }

  var options = {
    width: width(),
    height: 320,
    series: series,
    scales: { x: { time: true } },
    axes: [{}, { label: unit, size: 60 }],
    legend: { live: false },
    hooks: {
      draw: [function (u) {
        if (deadlineX === null) {
          return;
        }
        var ctx = u.ctx;
        var x = Math.round(u.valToPos(deadlineX, "x", true));
        ctx.save();
        ctx.strokeStyle = "#0b0c0c";
        ctx.setLineDash([3, 3]);
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.fillStyle = "#0b0c0c";
        ctx.font = Math.round(12 * devicePixelRatio) + "px sans-serif";
        ctx.textAlign = "right";
        ctx.fillText("Deadline", x - 4, u.bbox.top + 14 * devicePixelRatio);
        ctx.restore();
      }]
    }
  };
  var plot = new uPlot(options, data, container);
  window.addEventListener("resize", function () {
    plot.setSize({ width: width(), height: 320 });
  });
})();
