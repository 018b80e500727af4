"use client";

import { useId, type KeyboardEvent, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { geometryContains } from "@/lib/geography/contains";
import type { AreaChoice, AreaMapShape } from "./editor-values";

interface Point {
  latitude: string;
  longitude: string;
}

// Five decimal places is about a metre: as exact as a finger on a phone screen can be.
const fixed = (value: number) => value.toFixed(5);

function toLonLat(map: AreaMapShape, x: number, y: number) {
  return { longitude: (x - map.x0) / map.xPerLon, latitude: (y - map.y0) / map.yPerLat };
}

function toSvg(map: AreaMapShape, longitude: number, latitude: number) {
  return { x: map.x0 + map.xPerLon * longitude, y: map.y0 + map.yPerLat * latitude };
}

function readPoint(point: Point): { latitude: number; longitude: number } | null {
  if (point.latitude.trim() === "" || point.longitude.trim() === "") return null;
  const latitude = Number(point.latitude);
  const longitude = Number(point.longitude);
  return Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
}

/**
 * An optional pin on the chosen neighbourhood: tap the map, move the pin with the arrow keys, or
 * type the coordinates. The map is the area's outline projected on the server; no tiles, so it
 * works offline. Whether the pin is inside is shown here and decided again by the server.
 */
export function PointPicker({ area, point, error, onChange }: { area: AreaChoice | null; point: Point; error?: string; onChange: (point: Point) => void }) {
  const hintId = useId();
  const statusId = useId();
  const map = area?.map ?? null;
  const pin = readPoint(point);
  const at = map && pin ? toSvg(map, pin.longitude, pin.latitude) : null;
  const inside = map && pin ? geometryContains(map.boundary, pin.longitude, pin.latitude) : null;

  const place = (x: number, y: number) => {
    if (!map) return;
    const { latitude, longitude } = toLonLat(map, x, y);
    onChange({ latitude: fixed(latitude), longitude: fixed(longitude) });
  };

  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const matrix = event.currentTarget.getScreenCTM();
    if (!matrix) return;
    const local = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    place(local.x, local.y);
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (!map) return;
    const step = map.width / 50;
    const moves: Record<string, [number, number]> = { ArrowUp: [0, -step], ArrowDown: [0, step], ArrowLeft: [-step, 0], ArrowRight: [step, 0] };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const from = at ?? { x: map.width / 2, y: map.height / 2 };
      place(from.x + move[0], from.y + move[1]);
    } else if ((event.key === "Enter" || event.key === " ") && !at) {
      event.preventDefault();
      place(map.width / 2, map.height / 2);
    }
  };

  const status = !pin
    ? "No pin placed."
    : `Pin at latitude ${point.latitude}, longitude ${point.longitude}${inside === false && area ? `, which is outside ${area.name}` : inside && area ? `, inside ${area.name}` : ""}.`;

  return (
    <fieldset className="mb-5" aria-describedby={hintId}>
      <legend className="mb-1 font-semibold">Where exactly? (optional)</legend>
      <p id={hintId} className="mb-2 text-sm text-muted">
        {map
          ? "Tap the map to place a pin. With a keyboard, move to the map and use the arrow keys. Or type the coordinates below."
          : area
            ? `There is no map of ${area.name} yet; you can type coordinates instead.`
            : "Choose a neighbourhood first to see its map."}
      </p>
      {error ? (
        <p id="point-error" className="mb-2 text-sm font-semibold text-red-700" aria-live="polite">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {map && area ? (
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          className="mb-2 h-auto max-h-[70vh] w-full max-w-xl cursor-crosshair touch-manipulation rounded-md border-2 border-stone-400 bg-white"
          role="application"
          aria-roledescription="map"
          aria-label={`Map of ${area.name}. Arrow keys move the pin; Enter places it in the middle.`}
          aria-describedby={statusId}
          tabIndex={0}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          <path d={map.path} fill="#d5eadf" stroke="#17563b" strokeWidth={3} fillRule="evenodd" />
          {at ? (
            <g transform={`translate(${at.x} ${at.y})`} aria-hidden="true">
              <circle r={14} fill={inside === false ? "#b91c1c" : "#11412d"} stroke="#ffffff" strokeWidth={4} />
              <circle r={4} fill="#ffffff" />
            </g>
          ) : null}
        </svg>
      ) : null}
      <p id={statusId} aria-live="polite" className={inside === false ? "mb-2 text-sm font-semibold text-red-700" : "mb-2 text-sm"}>
        {status}
      </p>
      <div className="grid grid-cols-2 gap-3">
        <TextField
          id="latitude"
          label="Latitude"
          inputMode="decimal"
          autoComplete="off"
          value={point.latitude}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "point-error" : undefined}
          onChange={(event) => onChange({ ...point, latitude: event.target.value })}
        />
        <TextField
          id="longitude"
          label="Longitude"
          inputMode="decimal"
          autoComplete="off"
          value={point.longitude}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "point-error" : undefined}
          onChange={(event) => onChange({ ...point, longitude: event.target.value })}
        />
      </div>
      {pin || point.latitude || point.longitude ? (
        <Button variant="secondary" onClick={() => onChange({ latitude: "", longitude: "" })}>
          Remove the pin
        </Button>
      ) : null}
    </fieldset>
  );
}
