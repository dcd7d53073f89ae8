<?php
/**
 * The block's render_callback and the [lede] shortcode: both write a `<lede-TYPE>`
 * element at render time, so post content holds only block attributes or a
 * shortcode, never `<script>` or `<lede-*>` tags that kses would strip from an
 * author's post. The plugin never fetches a document's URL or reads a file.
 */

defined( 'ABSPATH' ) || exit;

/** Largest pasted document the server writes into a page. */
const LEDE_WIDGETS_MAX_DOCUMENT_BYTES = 2000000;

/** Block attribute names that differ from the element's. */
const LEDE_WIDGETS_BLOCK_ATTRIBUTE_NAMES = array(
	'collapsedAfter' => 'collapsed-after',
	'headingLevel'   => 'heading-level',
);

/**
 * JSON to put inside `<script type="application/json">`: `<`, `>`, `&` and quotes as
 * \u escapes, so neither `</script>` nor `<!--` can end or change the element, and the
 * two JavaScript line breaks too. Inside strings, `[` and `]` as well: WordPress expands
 * shortcodes in a block's output (do_shortcode runs after do_blocks), which would write
 * HTML into the JSON. Quotes are escaped, so a string is `"` to the next `"`.
 */
function lede_widgets_script_json( $document ) {
	$json = wp_json_encode( $document, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	if ( false === $json ) {
		return '';
	}
	$json = str_replace( array( "\u{2028}", "\u{2029}" ), array( '\u2028', '\u2029' ), $json );
	return preg_replace_callback(
		'/"[^"]*"/',
		function ( $string ) {
			return str_replace( array( '[', ']' ), array( '\u005b', '\u005d' ), $string[0] );
		},
		$json
	);
}

/** A pasted document as decoded JSON (objects stay objects), or null. */
function lede_widgets_decode_document( $json ) {
	if ( ! is_string( $json ) || '' === trim( $json ) || strlen( $json ) > LEDE_WIDGETS_MAX_DOCUMENT_BYTES ) {
		return null;
	}
	$document = json_decode( $json, false, 512 );
	return is_object( $document ) ? $document : null;
}

/** `<lede-TYPE>` with the document inline and its fallback, or with `src`. */
function lede_widgets_element_html( $type, array $attributes, $document = null ) {
	lede_widgets_enqueue_script();
	$inner = '';
	if ( null !== $document ) {
		$heading_level = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : 2;
		$inner         = '<script type="application/json">' . lede_widgets_script_json( $document ) . '</script>'
			. lede_widgets_fallback_html( $type, $document, $heading_level );
	}
	return "<lede-$type" . lede_widgets_attribute_html( $attributes ) . ">$inner</lede-$type>";
}

/** render_callback of the lede/widget block. */
function lede_widgets_render_block( $block_attributes ) {
	$type = isset( $block_attributes['widgetType'] ) ? $block_attributes['widgetType'] : 'quote';
	if ( ! in_array( $type, LEDE_WIDGETS_TYPES, true ) ) {
		return '';
	}
	$values = array();
	foreach ( $block_attributes as $name => $value ) {
		$values[ isset( LEDE_WIDGETS_BLOCK_ATTRIBUTE_NAMES[ $name ] ) ? LEDE_WIDGETS_BLOCK_ATTRIBUTE_NAMES[ $name ] : $name ] = $value;
	}
	$attributes = lede_widgets_element_attributes( $type, $values );
	if ( isset( $block_attributes['source'] ) && 'url' === $block_attributes['source'] ) {
		$src  = lede_widgets_document_url( isset( $block_attributes['src'] ) ? $block_attributes['src'] : '' );
		$html = $src ? lede_widgets_element_html( $type, array( 'src' => $src ) + $attributes ) : '';
	} else {
		$document = lede_widgets_decode_document( isset( $block_attributes['document'] ) ? $block_attributes['document'] : '' );
		$html     = $document ? lede_widgets_element_html( $type, $attributes, $document ) : '';
	}
	// A block-level wrapper: themes size their content's children, and an element not yet
	// defined (or never, without JavaScript) is inline.
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . ">$html</div>";
}

/**
 * [lede src="URL" type="timeline" theme="dark" collapsed-after="5"]. Without `type`,
 * the document's own `type` picks the element in the reader's browser (lede-auto.js).
 */
function lede_widgets_shortcode( $shortcode_attributes ) {
	$values = is_array( $shortcode_attributes ) ? array_change_key_case( $shortcode_attributes, CASE_LOWER ) : array();
	foreach ( $values as $key => $value ) {
		if ( is_int( $key ) && 'shareable' === $value ) {
			$values['shareable'] = ''; // [lede … shareable]: WordPress gives a bare word a numeric key
		}
	}
	$src    = lede_widgets_document_url( isset( $values['src'] ) ? $values['src'] : '' );
	if ( ! $src ) {
		return '';
	}
	$type = isset( $values['type'] ) ? strtolower( trim( (string) $values['type'] ) ) : '';
	if ( in_array( $type, LEDE_WIDGETS_TYPES, true ) ) {
		return '<div class="lede-widgets-shortcode">' . lede_widgets_element_html( $type, array( 'src' => $src ) + lede_widgets_element_attributes( $type, $values ) ) . '</div>';
	}
	lede_widgets_enqueue_script( 'lede-widgets-auto' );
	$by_type = array();
	foreach ( LEDE_WIDGETS_TYPES as $each ) {
		$by_type[ $each ] = (object) lede_widgets_element_attributes( $each, $values );
	}
	return '<div class="lede-widgets-auto" data-src="' . esc_attr( $src ) . '" data-attributes="' . esc_attr( lede_widgets_script_json( $by_type ) ) . '"></div>';
}
