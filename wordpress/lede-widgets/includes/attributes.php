<?php
/**
 * The element attributes a block or shortcode may set, and the values each accepts.
 * Anything else is dropped: author input never becomes an attribute name, and a
 * value reaches the page only when it matches its rule.
 */

defined( 'ABSPATH' ) || exit;

const LEDE_WIDGETS_TYPES = array( 'quote', 'timeline', 'article' );

/**
 * Rules by attribute name: the element types that read it, and either the list of
 * allowed values, a pattern, or `url`.
 */
function lede_widgets_attribute_rules() {
	$all = LEDE_WIDGETS_TYPES;
	return array(
		'theme'           => array( $all, array( 'light', 'dark', 'auto' ) ),
		'locale'          => array( $all, '/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}$/' ),
		'loading'         => array( $all, array( 'eager', 'lazy' ) ),
		'refresh'         => array( $all, '/^[1-9][0-9]{0,5}$/' ),
		'timeout'         => array( $all, '/^[1-9][0-9]{0,5}$/' ),
		'shareable'       => array( array( 'quote', 'timeline' ), array( '', 'shareable', 'true' ) ),
		'variant'         => array( array( 'quote' ), array( 'card', 'pull', 'compact' ) ),
		'layout'          => array( array( 'timeline' ), array( 'vertical', 'horizontal' ) ),
		'order'           => array( array( 'timeline' ), array( 'asc', 'desc' ) ),
		'collapsed-after' => array( array( 'timeline' ), '/^[1-9][0-9]{0,4}$/' ),
		'category'        => array( array( 'timeline' ), '/^[\p{L}\p{N}_.:-]{1,100}$/u' ),
		'highlight'       => array( array( 'timeline' ), '/^[^\x00-\x1f]{1,200}$/u' ),
		'heading-level'   => array( array( 'timeline', 'article' ), '/^[1-6]$/' ),
	);
}

/**
 * The attributes of a `<lede-TYPE>` element from raw author values (keyed by
 * attribute name), as `name => value` pairs that passed their rule.
 */
function lede_widgets_element_attributes( $type, array $values ) {
	$attributes = array();
	foreach ( lede_widgets_attribute_rules() as $name => list( $types, $rule ) ) {
		if ( ! isset( $values[ $name ] ) || ! is_scalar( $values[ $name ] ) || ! in_array( $type, $types, true ) ) {
			continue;
		}
		$value = trim( (string) $values[ $name ] );
		if ( '' === $value && 'shareable' !== $name ) {
			continue;
		}
		$allowed = is_array( $rule ) ? in_array( $value, $rule, true ) : 1 === preg_match( $rule, $value );
		if ( $allowed ) {
			$attributes[ $name ] = 'shareable' === $name ? '' : $value;
		}
	}
	return $attributes;
}

/** A document URL, or '' unless it is an absolute http(s) URL. */
function lede_widgets_document_url( $url ) {
	if ( ! is_string( $url ) || ! preg_match( '#^https?://#i', trim( $url ) ) ) {
		return '';
	}
	return esc_url_raw( trim( $url ), array( 'http', 'https' ) );
}

/** `name="value"` pairs, each escaped for an HTML attribute. */
function lede_widgets_attribute_html( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . ( '' === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	return $html;
}
