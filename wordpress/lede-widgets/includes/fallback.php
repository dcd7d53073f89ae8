<?php
/**
 * What a reader without JavaScript reads inside the element, built from the raw
 * document (the library's validator runs in the browser, not here): only string
 * fields are read, and every one is escaped.
 */

defined( 'ABSPATH' ) || exit;

/** Paragraphs of an article's body the fallback keeps: enough to read what the story is. */
const LEDE_WIDGETS_ARTICLE_PARAGRAPHS = 3;

/** A string field of a decoded JSON object, or ''. */
function lede_widgets_field( $object, $name ) {
	return is_object( $object ) && isset( $object->$name ) && is_string( $object->$name ) ? trim( $object->$name ) : '';
}

/** A list field of a decoded JSON object, or an empty list. */
function lede_widgets_list( $object, $name ) {
	return is_object( $object ) && isset( $object->$name ) && is_array( $object->$name ) ? $object->$name : array();
}

function lede_widgets_link_html( $text, $url ) {
	$url = lede_widgets_document_url( $url );
	return $url ? '<a href="' . esc_url( $url ) . '">' . esc_html( $text ) . '</a>' : esc_html( $text );
}

function lede_widgets_time_html( $date, $label ) {
	return '<time datetime="' . esc_attr( $date ) . '">' . esc_html( '' !== $label ? $label : $date ) . '</time>';
}

/** Quotation marks as the document's language writes them. */
function lede_widgets_quote_marks( $lang ) {
	$language = strtolower( strtok( $lang, '-' ) );
	if ( in_array( $language, array( 'ru', 'uk', 'be', 'kk', 'az', 'fr', 'ar', 'fa' ), true ) ) {
		return array( '«', '»' );
	}
	if ( in_array( $language, array( 'de', 'cs', 'pl' ), true ) ) {
		return array( '„', '“' );
	}
	return array( '“', '”' );
}

function lede_widgets_quote_fallback( $quote ) {
	list( $open, $close ) = lede_widgets_quote_marks( lede_widgets_field( $quote, 'lang' ) );
	$speaker     = isset( $quote->speaker ) ? $quote->speaker : null;
	$source      = isset( $quote->source ) ? $quote->source : null;
	$attribution = array_filter(
		array(
			lede_widgets_link_html( lede_widgets_field( $speaker, 'name' ), lede_widgets_field( $speaker, 'url' ) ),
			esc_html( lede_widgets_field( $speaker, 'role' ) ),
			lede_widgets_link_html( lede_widgets_field( $source, 'name' ), lede_widgets_field( $source, 'url' ) ),
		)
	);
	$context = lede_widgets_field( $quote, 'context' );
	return '<figure><blockquote><p>' . esc_html( $open . lede_widgets_field( $quote, 'text' ) . $close ) . '</p></blockquote>'
		. ( $attribution ? '<figcaption>— ' . implode( ', ', $attribution ) . '</figcaption>' : '' )
		. ( '' !== $context ? '<p>' . esc_html( $context ) . '</p>' : '' )
		. '</figure>';
}

function lede_widgets_timeline_fallback( $timeline ) {
	$items = array();
	foreach ( lede_widgets_list( $timeline, 'events' ) as $event ) {
		$date = lede_widgets_field( $event, 'date' );
		$text = lede_widgets_field( $event, 'text' );
		if ( '' === $date ) {
			continue;
		}
		$items[] = '<li>' . lede_widgets_time_html( $date, lede_widgets_field( $event, 'dateLabel' ) ) . ': '
			. lede_widgets_link_html( lede_widgets_field( $event, 'title' ), lede_widgets_field( $event, 'url' ) )
			. ( '' !== $text ? '. ' . esc_html( $text ) : '' ) . '</li>';
	}
	$title = lede_widgets_field( $timeline, 'title' );
	return ( '' !== $title ? '<p><strong>' . esc_html( $title ) . '</strong></p>' : '' ) . '<ol>' . implode( '', $items ) . '</ol>';
}

function lede_widgets_article_fallback( $article, $heading_level ) {
	$paragraphs = array();
	foreach ( lede_widgets_list( $article, 'body' ) as $block ) {
		if ( count( $paragraphs ) >= LEDE_WIDGETS_ARTICLE_PARAGRAPHS || 'paragraph' !== lede_widgets_field( $block, 'type' ) ) {
			continue;
		}
		$html = lede_widgets_field( $block, 'html' );
		$text = '' !== $html ? wp_strip_all_tags( $html ) : lede_widgets_field( $block, 'text' );
		if ( '' !== $text ) {
			$paragraphs[] = '<p>' . esc_html( $text ) . '</p>';
		}
	}
	$heading = 'h' . $heading_level;
	$dek     = lede_widgets_field( $article, 'dek' );
	return "<$heading>" . lede_widgets_link_html( lede_widgets_field( $article, 'headline' ), lede_widgets_field( $article, 'url' ) ) . "</$heading>"
		. ( '' !== $dek ? '<p><strong>' . esc_html( $dek ) . '</strong></p>' : '' )
		. implode( '', $paragraphs );
}

/** Scripts written right to left, by primary language subtag. */
function lede_widgets_is_rtl( $lang ) {
	return in_array( strtolower( strtok( $lang, '-' ) ), array( 'ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb' ), true );
}

/** The fallback for a decoded document shown as a `<lede-TYPE>` element, in the document's language. */
function lede_widgets_fallback_html( $type, $document, $heading_level ) {
	if ( 'quote' === $type ) {
		$content = lede_widgets_quote_fallback( $document );
	} elseif ( 'timeline' === $type ) {
		$content = lede_widgets_timeline_fallback( $document );
	} else {
		$content = lede_widgets_article_fallback( $document, $heading_level );
	}
	// Brackets as character references: shortcodes in the document's text stay text.
	$content = str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $content );
	$lang    = lede_widgets_field( $document, 'lang' );
	if ( ! preg_match( '/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}$/', $lang ) ) {
		return '<div class="lede-widgets-fallback">' . $content . '</div>';
	}
	$dir = lede_widgets_is_rtl( $lang ) ? 'rtl' : 'ltr';
	return '<div class="lede-widgets-fallback" lang="' . esc_attr( $lang ) . '" dir="' . $dir . '">' . $content . '</div>';
}
