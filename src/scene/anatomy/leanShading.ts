import type { MeshLambertMaterial } from 'three';

/**
 * Lean shading for the low quality level: the Lambert look worked out once per vertex instead of once per pixel.
 * Lighting, tone mapping and the sRGB encoding all run in the vertex shader, and the pixel shader only writes the
 * colour it is handed. On a software renderer, where every pixel is paid for on the CPU, this roughly halves the
 * cost of shading; diffuse light varies slowly across a surface, so the picture barely changes.
 *
 * The program is assembled from three.js's own shader chunks. It keeps what the app uses from the Lambert
 * material (colour, vertex colours, emissive glow, opacity, skinning) and assumes the renderer's ACES filmic tone
 * mapping and sRGB output, which React Three Fiber sets by default.
 */
const VERTEX = /* glsl */ `
#include <common>
#include <skinning_pars_vertex>
#include <lights_pars_begin>
#include <tonemapping_pars_fragment>
#include <colorspace_pars_fragment>

uniform vec3 diffuse;
uniform vec3 emissive;
varying vec3 vShade;

void main() {
  #include <beginnormal_vertex>
  #include <skinbase_vertex>
  #include <skinnormal_vertex>
  #include <defaultnormal_vertex>
  #include <begin_vertex>
  #include <skinning_vertex>
  #include <project_vertex>

  vec3 litNormal = normalize( transformedNormal );
  vec3 irradiance = ambientLightColor;
  #if NUM_HEMI_LIGHTS > 0
    for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
      irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], litNormal );
    }
  #endif
  #if NUM_DIR_LIGHTS > 0
    for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
      irradiance += saturate( dot( litNormal, directionalLights[ i ].direction ) ) * directionalLights[ i ].color;
    }
  #endif

  vec3 albedo = diffuse;
  #ifdef USE_COLOR
    albedo *= color;
  #endif
  vec3 radiance = irradiance * BRDF_Lambert( albedo ) + emissive;
  vShade = sRGBTransferOETF( vec4( ACESFilmicToneMapping( radiance ), 1.0 ) ).rgb;
}
`;

const FRAGMENT = /* glsl */ `
uniform float opacity;
varying vec3 vShade;

void main() {
  #ifdef OPAQUE
    gl_FragColor = vec4( vShade, 1.0 );
  #else
    gl_FragColor = vec4( vShade, opacity );
  #endif
}
`;

/** Gives a Lambert material the lean per-vertex program. Returns the material for chaining. */
export function withLeanShading<M extends MeshLambertMaterial>(material: M): M {
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = VERTEX;
    shader.fragmentShader = FRAGMENT;
  };
  material.customProgramCacheKey = () => 'lean-shading';
  return material;
}
